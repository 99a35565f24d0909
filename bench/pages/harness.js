/* global window, document, performance, requestAnimationFrame, fetch */
// What every benchmark page shares: the profile (fetched once), frame waits, the stopwatch, and
// waiting until occ-* elements have rendered.

/** Resolves after `count` animation frames: two frames after a change, it has been painted. */
export const frames = (count = 2) =>
  new Promise((resolve) => {
    const step = (left) => (left ? requestAnimationFrame(() => step(left - 1)) : resolve());
    step(count);
  });

let profile;
/** The reference profile, fetched once per page. */
export async function loadProfile() {
  profile ??= fetch('/data/editions/2019-20/29-2071.json').then((response) => response.json());
  return profile;
}

/** The three median-pay bars of the reference profile, as the comparison charts draw them. */
export async function medians() {
  const { pay } = await loadProfile();
  return {
    title: `Median annual wages, ${pay.period}`,
    bars: pay.medians.map((d) => ({ label: d.label, value: d.annual, focus: Boolean(d.focus) })),
  };
}

/** Every element of the library, for a selector the browser matches (cheaper than a JS walk). */
const TAGS = [
  'occ-quick-facts',
  'occ-pay-chart',
  'occ-outlook',
  'occ-employers',
  'occ-similar',
  'occ-profile',
  'occ-finder',
  'occ-compare',
].join(',');

/** The occ-* elements in `roots` and, recursively, in their shadow roots (occ-profile's parts). */
export function occElements(roots) {
  const found = [];
  const visit = (element) => {
    found.push(element);
    for (const inner of element.shadowRoot?.querySelectorAll(TAGS) ?? []) visit(inner);
  };
  roots.forEach(visit);
  return found;
}

const upgraded = (element) => 'updateComplete' in element;

/** What the element shows once loaded: a profile, <occ-finder>'s index, <occ-compare>'s profiles. */
const shows = (element) =>
  element.profile !== undefined ||
  element.index !== undefined ||
  (element.profiles?.length ?? 0) > 0;

/** Whether an element is done: no update pending, and showing its profile or its failure. */
function settled(element) {
  if (element.isUpdatePending) return false;
  if (element.data == null && !element.src) return true;
  return shows(element) || element.error !== undefined;
}

/** Resolves at the element's next occ-load or occ-error. */
const outcome = (element) =>
  new Promise((resolve) => {
    element.addEventListener('occ-load', resolve, { once: true });
    element.addEventListener('occ-error', resolve, { once: true });
  });

/**
 * Waits for every element's `updateComplete` (for charts it includes the first measurement),
 * including elements that render other elements, until all have settled. An element still
 * loading its `src` (`aria-busy`) is waited for through its occ-load or occ-error first.
 */
export async function rendered(roots) {
  for (let pass = 0; pass < 100; pass += 1) {
    const elements = occElements(roots).filter(upgraded);
    const loading = elements.filter((element) => element.getAttribute('aria-busy') === 'true');
    await Promise.all(loading.map(outcome));
    await Promise.all(elements.map((element) => element.updateComplete));
    const now = occElements(roots).filter(upgraded);
    if (now.length === elements.length && now.every(settled)) return now;
  }
  throw new Error('Elements did not settle in 100 passes');
}

/** A summary of what rendered, to check the run measured what it claims. */
export function census(roots) {
  const elements = occElements(roots);
  const count = (predicate) => elements.filter(predicate).length;
  return {
    elements: elements.length,
    notUpgraded: count((e) => !upgraded(e)),
    withProfile: count(shows),
    errors: count((e) => e.error !== undefined),
    placeholders: count((e) => e.shadowRoot?.querySelector('.placeholder') != null),
    charts: count((e) => e.shadowRoot?.querySelector('svg.chart') != null),
  };
}

/** Marks the page ready for the runner, which waits for `window.bench`. */
export function ready(api) {
  window.bench = api;
  document.documentElement.dataset.ready = 'true';
}

export const now = () => performance.now();
