/** Shared test helpers: waiting for an element's outcome, and the test server's request counters. */
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
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
  const response = await fetch('/data/editions/2019-20/29-2071.json');
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
/** Resolves once the element shows an error: at its `occ-error`, or at once if it already does. */
export async function failed(el: OccElement): Promise<{ detail: OccErrorEvent['detail'] }> {
  if (el.error) {
    await el.updateComplete;
    return { detail: { error: el.error, src: el.src && new URL(el.src, location.href).href } };
  }
  return oneEvent(el, 'occ-error') as Promise<OccErrorEvent>;
}

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

/** Renders `template` inside a box `width` px wide and returns the element inside it. */
export async function atWidth<T extends HTMLElement>(
  width: number,
  template: TemplateResult,
): Promise<T> {
  const box = await fixture<HTMLDivElement>(html`<div style="width: ${width}px">${template}</div>`);
  return box.firstElementChild as T;
}

/** The element does not overflow itself: nothing scrolls sideways, no SVG is wider than it. */
export function expectNoOverflow(el: HTMLElement) {
  expect(el.scrollWidth, 'scrollWidth').to.be.at.most(el.clientWidth);
  const host = el.getBoundingClientRect();
  for (const node of el.shadowRoot!.querySelectorAll('svg, table')) {
    const box = node.getBoundingClientRect();
    expect(box.right, `${node.tagName} right edge`).to.be.at.most(host.right + 0.5);
    expect(box.left, `${node.tagName} left edge`).to.be.at.least(host.left - 0.5);
  }
}

/** No two SVG texts in the element overlap, and each lies inside its SVG. */
export function expectNoOverlappingText(el: HTMLElement) {
  for (const chart of el.shadowRoot!.querySelectorAll('svg')) {
    const frame = chart.getBoundingClientRect();
    const boxes = [...chart.querySelectorAll('text')]
      .filter((text) => text.textContent!.trim())
      .map((text) => ({ text: text.textContent!.trim(), box: text.getBoundingClientRect() }));
    for (const { text, box } of boxes) {
      expect(box.left, `"${text}" left`).to.be.at.least(frame.left - 0.5);
      expect(box.right, `"${text}" right`).to.be.at.most(frame.right + 0.5);
    }
    boxes.forEach((a, i) =>
      boxes.slice(i + 1).forEach((b) => {
        const overlap =
          Math.min(a.box.right, b.box.right) - Math.max(a.box.left, b.box.left) > 0.5 &&
          Math.min(a.box.bottom, b.box.bottom) - Math.max(a.box.top, b.box.top) > 0.5;
        expect(overlap, `"${a.text}" overlaps "${b.text}"`).to.equal(false);
      }),
    );
  }
}

/** Texts of the SVG elements matching `selector` in the element's shadow root. */
export const texts = (el: HTMLElement, selector: string) =>
  [...el.shadowRoot!.querySelectorAll(selector)].map((node) =>
    node.textContent!.replace(/\s+/g, ' ').trim(),
  );

/** All text under `node`, through every shadow root, whitespace collapsed: what a reader sees. */
export function deepText(node: Node): string {
  const parts: string[] = [];
  const walk = (current: Node) => {
    if (current.nodeType === Node.TEXT_NODE) parts.push(current.textContent ?? '');
    if (current instanceof Element && current.shadowRoot) walk(current.shadowRoot);
    if (current instanceof HTMLTemplateElement) return;
    for (const child of current.childNodes) walk(child);
  };
  walk(node);
  return parts.join(' ').replace(/\s+/g, ' ').trim();
}
