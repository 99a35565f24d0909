/**
 * What the hostile-input suite shares: the elements under test, deep (shadow-piercing) queries,
 * a trap for uncaught errors, documents served by the test server, and waiting for an outcome.
 */
import { expect } from '@open-wc/testing';
import '../../src/elements/quick-facts/quick-facts.js';
import '../../src/elements/pay-chart/pay-chart.js';
import '../../src/elements/outlook/outlook.js';
import '../../src/elements/employers/employers.js';
import '../../src/elements/similar/similar.js';
import '../../src/elements/profile/profile.js';
import type { OccElement } from '../../src/core/occ-element.js';
import type { OccErrorEvent, OccLoadEvent } from '../../src/core/events.js';
import type { OccupationProfile } from '../../src/data/types.js';

/** Every element the suite runs against. */
export const TAGS = [
  'occ-quick-facts',
  'occ-pay-chart',
  'occ-outlook',
  'occ-employers',
  'occ-similar',
  'occ-profile',
] as const;
export type Tag = (typeof TAGS)[number];

/**
 * The elements that take other inputs than one profile (`<occ-finder>` an index by URL,
 * `<occ-compare>` a list of profile URLs; neither has `data`): the same corpora (inputs.ts,
 * payloads.ts), races, extremes and axe run on them in finder-compare.test.ts, and
 * leaks.mjs creates and removes them with the others.
 */
export const INDEX_TAGS = ['occ-finder', 'occ-compare'] as const;

export const REFERENCE_URL = '/data/editions/2019-20/29-2071.json';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Doc = Record<string, any>;

const referenceText = await (await fetch(REFERENCE_URL)).text();
/** A fresh, mutable copy of the reference profile (data/editions/2019-20/29-2071.json). */
export const reference = (): Doc => JSON.parse(referenceText);

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Resolves once `check()` is true (polled every 20 ms); rejects after `ms`. */
export async function until(check: () => boolean, ms: number, label: string): Promise<void> {
  const end = performance.now() + ms;
  while (!check()) {
    if (performance.now() > end) throw new Error(`${label}: not within ${ms} ms`);
    await sleep(20);
  }
}
export const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));

/** Rejects with `label` when `promise` takes longer than `ms`: a hang is a failure, not a timeout of the suite. */
export function within<T>(promise: Promise<T>, ms: number, label: string): Promise<T> {
  let timer: ReturnType<typeof setTimeout>;
  return Promise.race([
    promise.finally(() => clearTimeout(timer)),
    new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`${label}: nothing happened within ${ms} ms`)), ms);
    }),
  ]);
}

/* ---------- deep queries ---------- */

const isElement = (node: Node): node is Element => node.nodeType === Node.ELEMENT_NODE;

/**
 * Every element under `root`, through every open shadow root (the hosts' own roots included).
 * Works on nodes of another window (an iframe) too: no `instanceof`.
 */
export function deepElements(root: Node): Element[] {
  const found: Element[] = [];
  const walk = (node: Node) => {
    for (const child of node.childNodes) {
      if (isElement(child)) {
        found.push(child);
        if (child.shadowRoot) walk(child.shadowRoot);
        if (child.localName === 'template') continue;
      }
      walk(child);
    }
  };
  if (isElement(root) && root.shadowRoot) walk(root.shadowRoot);
  walk(root);
  return found;
}

/** All text under `node`, through shadow roots, whitespace collapsed (what a reader sees). */
export function deepText(node: Node): string {
  const parts: string[] = [];
  const walk = (current: Node) => {
    if (current.nodeType === Node.TEXT_NODE) parts.push(current.textContent ?? '');
    if (isElement(current) && current.shadowRoot) walk(current.shadowRoot);
    if (isElement(current) && current.localName === 'template') return;
    for (const child of current.childNodes) walk(child);
  };
  walk(node);
  return parts.join(' ').replace(/\s+/g, ' ').trim();
}

/** The occ-* elements inside `el`'s shadow root (what `<occ-profile>` composes), deeply. */
export const nestedOcc = (el: Element) =>
  deepElements(el).filter((node): node is OccElement => node.localName.startsWith('occ-'));

/* ---------- uncaught errors ---------- */

export interface Uncaught {
  errors: string[];
  stop(): void;
}

/** Records every uncaught error and unhandled rejection on the page from now on. */
export function trapUncaught(): Uncaught {
  const errors: string[] = [];
  const onError = (event: ErrorEvent) => errors.push(`error: ${event.message}`);
  const onRejection = (event: PromiseRejectionEvent) =>
    errors.push(`unhandled rejection: ${String(event.reason?.message ?? event.reason)}`);
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onRejection);
  return {
    errors,
    stop() {
      window.removeEventListener('error', onError);
      window.removeEventListener('unhandledrejection', onRejection);
    },
  };
}

/* ---------- documents on the test server ---------- */

let stashCount = 0;
/** Puts `body` on the test server; returns the URL that serves it (200, JSON unless `type`). */
export async function stashed(body: string | Blob, type?: string): Promise<string> {
  stashCount += 1;
  const id = `${Date.now()}-${stashCount}`;
  const response = await fetch(`/__fixtures/stash?id=${id}`, { method: 'POST', body });
  if (!response.ok) throw new Error(`stash failed: ${response.status}`);
  return `/__fixtures/stash?id=${id}${type ? `&type=${encodeURIComponent(type)}` : ''}`;
}

export async function hitsFor(key: string): Promise<{ hits: number; aborts: number }> {
  const response = await fetch(`/__fixtures/hits?key=${encodeURIComponent(key)}`);
  return response.json();
}

let keyCount = 0;
export const uniqueKey = (name: string) => `hostile-${name}-${Date.now()}-${(keyCount += 1)}`;

/* ---------- outcomes ---------- */

/** Events an element fires from now on. */
export function recordEvents(el: HTMLElement) {
  const loads: OccLoadEvent[] = [];
  const errors: OccErrorEvent[] = [];
  el.addEventListener('occ-load', (event) => loads.push(event));
  el.addEventListener('occ-error', (event) => errors.push(event));
  return { loads, errors };
}

/** Resolves at the element's next occ-load or occ-error. */
export function nextOutcome(el: HTMLElement): Promise<OccLoadEvent | OccErrorEvent> {
  return new Promise((resolve) => {
    const done = (event: Event) => {
      el.removeEventListener('occ-load', done);
      el.removeEventListener('occ-error', done);
      resolve(event as OccLoadEvent | OccErrorEvent);
    };
    el.addEventListener('occ-load', done);
    el.addEventListener('occ-error', done);
  });
}

/** Waits until `el` and every occ-* element inside it have finished updating. */
export async function settledDeep(el: OccElement, ms = 5000): Promise<void> {
  await within(el.updateComplete, ms, `${el.localName} updateComplete`);
  for (let round = 0; round < 2; round += 1) {
    const nested = nestedOcc(el);
    await within(
      Promise.all(nested.map((child) => child.updateComplete)),
      ms,
      `${el.localName}: nested elements' updateComplete`,
    );
  }
}

/** Sets `data` and waits for the outcome it causes (and the nested elements' renders). */
export async function showData(
  el: OccElement,
  data: unknown,
): Promise<OccLoadEvent | OccErrorEvent> {
  const outcome = nextOutcome(el);
  el.data = data as OccupationProfile;
  const event = await within(outcome, 5000, `${el.localName} outcome`);
  await settledDeep(el);
  return event;
}

export const errorPart = (el: Element) =>
  el.shadowRoot!.querySelector<HTMLElement>('[part="error"][role="alert"]');

/**
 * The element shows content of its own: not an error, not the loading placeholder, not blank.
 * Returns the visible text, for further checks.
 */
export function expectShowsProfile(el: OccElement) {
  expect(errorPart(el), `${el.localName} shows no error`).to.equal(null);
  expect(el.error, `${el.localName}.error`).to.equal(undefined);
  expect(el.profile, `${el.localName}.profile`).to.not.equal(undefined);
  expect(el.shadowRoot!.querySelector('[part="placeholder"]'), 'placeholder gone').to.equal(null);
  expect(el.getAttribute('aria-busy'), 'aria-busy').to.equal(null);
  const text = deepText(el.shadowRoot!);
  expect(text.length, `${el.localName} is not blank`).to.be.greaterThan(0);
  expectFiguresDrawn(el);
  return text;
}

/**
 * Every figure the element (or one it composes) shows has its content: the chart, its table, or
 * a statement that the data is missing; not a caption over nothing.
 */
export function expectFiguresDrawn(el: HTMLElement) {
  for (const host of [el, ...nestedOcc(el)]) {
    if (!host.checkVisibility()) continue;
    for (const figure of host.shadowRoot!.querySelectorAll('figure')) {
      const drawn = figure.querySelector('svg[role="img"], table, [part="empty"]');
      const caption = figure.querySelector('figcaption, caption')?.textContent?.trim();
      expect(drawn, `${host.localName}: the figure "${caption}" has its chart`).to.not.equal(null);
    }
  }
}

/** Nothing in `el` (or the occ-* elements it composes) is wider than the element. */
export function expectNoOverflow(el: HTMLElement) {
  const hosts = [el, ...nestedOcc(el)].filter((host) => host.checkVisibility());
  for (const host of hosts) {
    expect(host.scrollWidth, `${host.localName} scrollWidth`).to.be.at.most(host.clientWidth);
    const box = host.getBoundingClientRect();
    for (const svg of host.shadowRoot!.querySelectorAll('svg[role="img"]')) {
      const rect = svg.getBoundingClientRect();
      expect(rect.right, `${host.localName} chart right edge`).to.be.at.most(box.right + 0.5);
      expect(rect.left, `${host.localName} chart left edge`).to.be.at.least(box.left - 0.5);
    }
  }
}

/* ---------- paths into a document ---------- */

export type Path = (string | number)[];

/** "quickFacts.medianPay.annual", "pay.medians[1].label": as validate.ts names a place. */
export const pathText = (path: Path) =>
  path.map((part, i) => (typeof part === 'number' ? `[${part}]` : i ? `.${part}` : part)).join('');

export function getAt(doc: unknown, path: Path): unknown {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  return path.reduce<any>((node, key) => node?.[key], doc);
}

export function setAt(doc: Doc, path: Path, value: unknown): void {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  const parent = getAt(doc, path.slice(0, -1)) as any;
  parent[path[path.length - 1]!] = value;
}

export function deleteAt(doc: Doc, path: Path): void {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  const parent = getAt(doc, path.slice(0, -1)) as any;
  const key = path[path.length - 1]!;
  if (Array.isArray(parent) && typeof key === 'number') parent.splice(key, 1);
  else delete parent[key];
}

/** Every path in `doc` (objects' keys and arrays' indices), parents before children. */
export function allPaths(doc: unknown, prefix: Path = []): Path[] {
  if (typeof doc !== 'object' || doc === null) return [];
  const keys: (string | number)[] = Array.isArray(doc) ? doc.map((_, i) => i) : Object.keys(doc);
  return keys.flatMap((key) => {
    const path = [...prefix, key];
    return [path, ...allPaths((doc as Doc)[key], path)];
  });
}
