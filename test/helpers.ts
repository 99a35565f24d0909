/** Shared test helpers: waiting for an element's outcome, and the test server's request counters. */
import { oneEvent } from '@open-wc/testing';
import type { OccElement } from '../src/core/occ-element.js';
import type { OccErrorEvent, OccLoadEvent } from '../src/core/events.js';
import type { OccupationProfile } from '../src/data/types.js';

let counter = 0;
/** A key unique to this page load, so each test counts only its own requests. */
export const uniqueKey = (name: string) => `${name}-${Date.now()}-${(counter += 1)}`;

/** A URL on the test server that serves `file` (default: the reference profile) and counts hits. */
export const countedUrl = (key: string, options: { delay?: number; file?: string } = {}) => {
  const params = new URLSearchParams({ key });
  if (options.delay) params.set('delay', String(options.delay));
  if (options.file) params.set('file', options.file);
  return `/__fixtures/profile?${params}`;
};

export async function requestsFor(key: string): Promise<{ hits: number; aborts: number }> {
  const response = await fetch(`/__fixtures/hits?key=${encodeURIComponent(key)}`);
  return response.json();
}

/** The reference profile, parsed fresh (so tests can mutate their copy). */
export async function referenceProfile(): Promise<OccupationProfile> {
  const response = await fetch('/data/29-2071.json');
  return response.json();
}

/**
 * Resolves once the element shows its profile: at its `occ-load`, or at once if it already has
 * (a profile cached by an earlier test can load before the test gets to listen).
 */
export async function loaded(el: OccElement): Promise<{ detail: OccLoadEvent['detail'] }> {
  if (el.profile) {
    await el.updateComplete;
    return { detail: { profile: el.profile, src: el.src } };
  }
  return oneEvent(el, 'occ-load') as Promise<OccLoadEvent>;
}
export const failed = (el: OccElement) => oneEvent(el, 'occ-error') as Promise<OccErrorEvent>;

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** The text a reader sees in the element's shadow root, whitespace collapsed. */
export const shownText = (el: Element) =>
  (el.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** Counts `occ-error` events on an element from now on. */
export function countErrors(el: HTMLElement) {
  const events: OccErrorEvent[] = [];
  el.addEventListener('occ-error', (event) => events.push(event));
  return events;
}
