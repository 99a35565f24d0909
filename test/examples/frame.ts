/**
 * Helpers for the example tests: each example is a real page, opened in a same-origin iframe
 * served by the test runner from the repository root, and read the way a user sees it.
 */
import type { OccElement } from '../../src/core/occ-element.js';

export const PROFILE_TITLE = 'Medical Records Specialists';

const frames: HTMLIFrameElement[] = [];

/**
 * Fails at once, with the command to run, if a built file the pages load is missing: without it
 * the pages would only wait for elements that never load.
 */
export async function requireBuilt(url: string, command: string): Promise<void> {
  const response = await fetch(url, { method: 'HEAD', cache: 'no-store' });
  if (!response.ok)
    throw new Error(`${url} is missing (HTTP ${response.status}): run \`${command}\` first.`);
}

/** Opens `page` (a URL, or `{ srcdoc }`) in a visible 960×900 iframe; resolves at its `load`. */
export async function openPage(page: string | { srcdoc: string }): Promise<HTMLIFrameElement> {
  const frame = document.createElement('iframe');
  frame.width = '960';
  frame.height = '900';
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  if (typeof page === 'string') frame.src = page;
  else frame.srcdoc = page.srcdoc;
  document.body.append(frame);
  frames.push(frame);
  await loaded;
  return frame;
}

/** Removes the iframes opened so far (call in afterEach). */
export function closePages(): void {
  for (const frame of frames.splice(0)) frame.remove();
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Polls `check` until it returns something truthy and returns that; after `timeout` ms fails
 * with `what` (and the last `detail`), well before mocha's own 10 s timeout.
 */
export async function waitFor<T>(
  what: string,
  check: () => T | undefined | null | false | '',
  { timeout = 7000, detail }: { timeout?: number; detail?: () => string } = {},
): Promise<T> {
  const start = performance.now();
  for (;;) {
    const value = check();
    if (value) return value;
    if (performance.now() - start > timeout)
      throw new Error(
        `Timed out after ${timeout} ms waiting for ${what}${detail ? `; ${detail()}` : ''}`,
      );
    await sleep(20);
  }
}

/**
 * The text a reader sees in `node`, through every shadow root, whitespace collapsed: elements that
 * are not rendered (a closed definition, `hidden`, `display: none`) or invisible (the loading
 * placeholder's stand-in) are left out; text only for screen readers is kept.
 */
export function deepText(node: Node): string {
  const parts: string[] = [];
  const walk = (current: Node) => {
    if (current.nodeType === Node.TEXT_NODE) parts.push(current.textContent ?? '');
    if (current.nodeName === 'TEMPLATE' || current.nodeName === 'SCRIPT') return;
    if (
      current.nodeType === Node.ELEMENT_NODE &&
      !(current as Element).checkVisibility({ visibilityProperty: true })
    )
      return;
    const shadow = (current as Element).shadowRoot;
    if (shadow) walk(shadow);
    for (const child of current.childNodes) walk(child);
  };
  walk(node);
  return parts.join(' ').replace(/\s+/g, ' ').trim();
}

/** The element `selector` in the iframe's document (or in `root`), failing clearly if absent. */
export function query<E extends Element = OccElement>(
  root: Document | ShadowRoot | Element,
  selector: string,
): E {
  const found = root.querySelector(selector);
  if (!found) throw new Error(`No ${selector} in the page`);
  return found as unknown as E;
}

/**
 * Waits until an occ-* element (from any window) shows its profile and returns the text it
 * shows; fails with the element's error message, or says it was never defined.
 */
export async function shownProfile(element: Element, timeout?: number): Promise<string> {
  const el = element as OccElement;
  const view = el.ownerDocument.defaultView!;
  await waitFor(`<${el.localName}> to show its profile`, () => el.profile || el.error, {
    timeout,
    detail: () =>
      view.customElements.get(el.localName)
        ? `it shows: "${deepText(el).slice(0, 200)}"`
        : `<${el.localName}> was never defined in that page: did its script load?`,
  });
  await el.updateComplete;
  if (el.error) throw new Error(`<${el.localName}> shows an error: ${el.error.message}`);
  return deepText(el);
}

/** Waits until an occ-* element shows an error and returns its message. */
export async function shownError(element: Element): Promise<string> {
  const el = element as OccElement;
  await waitFor(`<${el.localName}> to show an error`, () => el.error, {
    detail: () => `it shows: "${deepText(el).slice(0, 200)}"`,
  });
  await el.updateComplete;
  return deepText(el);
}

/** The lines of the example's event log (`#events`), as shown. */
export const eventLines = (doc: Document) =>
  [...doc.querySelectorAll('#events li')].map((li) => li.textContent!.replace(/\s+/g, ' ').trim());

/** `<occ-finder>` as a test reads it. */
interface FinderLike extends Element {
  index?: object;
  error?: Error;
  results: readonly unknown[];
  updateComplete: Promise<boolean>;
}

/**
 * Scrolls the page to `element` until its tag is defined, as a reader would: the examples mark
 * the elements far down their page `loading="lazy"`, so the loader defines them only then (again
 * at each try: the page may still grow above it and push it away).
 */
async function scrollTo(element: Element): Promise<void> {
  const registry = element.ownerDocument.defaultView!.customElements;
  await waitFor(`<${element.localName}> to be defined once scrolled to`, () => {
    element.scrollIntoView({ block: 'start' });
    return registry.get(element.localName);
  });
}

/** Scrolls to an `<occ-finder>`, waits until it shows its results and returns the text it shows. */
export async function shownFinder(element: Element): Promise<string> {
  const el = element as FinderLike;
  await scrollTo(el);
  await waitFor(`<occ-finder> to show its results`, () => el.index || el.error, {
    detail: () => `it shows: "${deepText(el).slice(0, 200)}"`,
  });
  await el.updateComplete;
  if (el.error) throw new Error(`<occ-finder> shows an error: ${el.error.message}`);
  await waitFor('the results table', () => el.shadowRoot!.querySelector('tbody tr a'));
  return deepText(el);
}

/** `<occ-compare>` as a test reads it. */
interface CompareLike extends Element {
  src?: string;
  profiles: readonly object[];
  updateComplete: Promise<boolean>;
}

/**
 * Scrolls to an `<occ-compare>`, waits until it shows every occupation of its `src` and returns
 * the text it shows.
 */
export async function shownComparison(element: Element): Promise<string> {
  const el = element as CompareLike;
  await scrollTo(el);
  const count = () => (el.src ?? '').split(/\s+/).filter(Boolean).length;
  await waitFor(
    `<occ-compare> to show its occupations`,
    () => el.profiles?.length === count() && !el.hasAttribute('aria-busy'),
    { detail: () => `it shows: "${deepText(el).slice(0, 200)}"` },
  );
  await el.updateComplete;
  return deepText(el);
}

/** How many occupations the dataset's index lists (what `<occ-finder>`'s occ-load reports). */
export async function indexSize(): Promise<number> {
  const index = (await (await fetch('/data/index.json')).json()) as { occupations: unknown[] };
  return index.occupations.length;
}

interface AxeResults {
  violations: { id: string; help: string; nodes: { target: unknown[] }[] }[];
}
type AxeWindow = Window & {
  axe?: { run(context: Element, options: object): Promise<AxeResults> };
};

/**
 * `expect(el).to.be.accessible()` for an element of an example page: axe checks nodes of its own
 * document only, so it is added to the page's frame (same origin, so even the CMS page's
 * `script-src 'self'` lets it run) and run there, with the same rules as the chai plugin.
 */
export async function expectAccessible(element: Element): Promise<void> {
  const doc = element.ownerDocument;
  const win = doc.defaultView as AxeWindow;
  if (!win.axe) {
    const script = doc.createElement('script');
    script.src = '/node_modules/axe-core/axe.min.js';
    const loaded = new Promise((resolve, reject) => {
      script.addEventListener('load', resolve, { once: true });
      script.addEventListener('error', reject, { once: true });
    });
    doc.head.append(script);
    await loaded;
  }
  const { violations } = await win.axe!.run(element, { resultTypes: ['violations'] });
  const found = violations.map(
    (v) => `${v.id} (${v.help}): ${v.nodes.map((node) => JSON.stringify(node.target)).join(', ')}`,
  );
  if (found.length)
    throw new Error(`<${element.localName}> is not accessible:\n${found.join('\n')}`);
}
