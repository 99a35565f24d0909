/**
 * The one-tag option, built as `dist/occ-elements.js`: a page without a bundler adds this script
 * once, and each occ-* element's module is imported when its tag first appears (in the document,
 * or in a shadow root handed to `observe()`). A page then downloads the elements it shows and the
 * chunks they share, nothing else, and defines only those tags.
 */

/** Each element's module, by tag. A new element adds its line here (the build checks it). */
const MODULES: Record<string, () => Promise<unknown>> = {
  'occ-quick-facts': () => import('./elements/quick-facts/quick-facts.js'),
  'occ-pay-chart': () => import('./elements/pay-chart/pay-chart.js'),
  'occ-outlook': () => import('./elements/outlook/outlook.js'),
  'occ-employers': () => import('./elements/employers/employers.js'),
  'occ-similar': () => import('./elements/similar/similar.js'),
  'occ-profile': () => import('./elements/profile/profile.js'),
  'occ-finder': () => import('./elements/finder/finder.js'),
  'occ-compare': () => import('./elements/compare/compare.js'),
};

/** The tags this script can define. */
export const TAGS = Object.keys(MODULES);
const SELECTOR = TAGS.join(',');

const loading = new Map<string, Promise<void>>();
const observed = new WeakSet<Node>();

/**
 * Imports the modules of `tags` (once each) and resolves when they are defined; for a page that
 * creates elements from script and wants their classes at once. Unknown tags are ignored.
 */
export function load(...tags: string[]): Promise<void> {
  return Promise.all(
    tags.map((tag) => {
      let pending = loading.get(tag);
      const module = MODULES[tag];
      if (!pending && module) {
        pending = module().then(
          () => customElements.whenDefined(tag).then(() => undefined),
          (error: unknown) => console.error(`occ-elements: <${tag}> did not load`, error),
        );
        loading.set(tag, pending);
      }
      return pending;
    }),
  ).then(() => undefined);
}

/**
 * `loading="lazy"` on an element, as on an image: its module loads when the element comes within
 * a screen's height of the viewport, so a long page's elements far below cost nothing until the
 * reader gets near them. Until then the element is not defined: the stylesheet keeps its place,
 * and its content is neither shown, nor read, nor found by search, nor printed.
 */
const isLazy = (element: Element) => element.getAttribute('loading') === 'lazy';

let nearViewport: IntersectionObserver | undefined;
/** Loads `element`'s module once it nears the viewport (a tag loads once for all its elements). */
function loadWhenNear(element: Element): void {
  nearViewport ??= new IntersectionObserver(
    (entries) => {
      for (const entry of entries) {
        if (!entry.isIntersecting) continue;
        nearViewport!.unobserve(entry.target);
        void load(entry.target.localName);
      }
    },
    { rootMargin: '100% 0px' },
  );
  nearViewport.observe(element);
}

/** Loads the elements whose tags are in `root` (`root` itself included, if an element). */
function loadIn(root: Element | Document | DocumentFragment): void {
  const tags = new Set<string>();
  const found = [...root.querySelectorAll(SELECTOR)];
  if (root instanceof Element && root.localName in MODULES) found.unshift(root);
  for (const element of found) {
    if (!isLazy(element)) tags.add(element.localName);
    else if (!loading.has(element.localName)) loadWhenNear(element);
  }
  if (tags.size) void load(...tags);
}

/**
 * Defines the occ-* elements in `root` now and in whatever is added to it later. The document is
 * observed from the start; call it for a shadow root the document's observer cannot see into
 * (one a component attaches after this script ran): `observe(this.shadowRoot)`.
 */
export function observe(root: Document | ShadowRoot): void {
  if (observed.has(root)) return;
  observed.add(root);
  loadIn(root);
  new MutationObserver((records) => {
    for (const record of records) {
      for (const node of record.addedNodes) {
        // A leaf (a menu's thousand options, say) is looked at, not searched.
        if (!(node instanceof Element)) continue;
        if (node.firstElementChild || node.localName in MODULES) loadIn(node);
        if (node.shadowRoot) observe(node.shadowRoot);
      }
    }
  }).observe(root, { childList: true, subtree: true });
}

/** Observes the open shadow roots already in the document (declarative ones, components'). */
function observeShadowRoots(): void {
  for (const element of document.querySelectorAll('*')) {
    if (element.shadowRoot) observe(element.shadowRoot);
  }
}

observe(document);
observeShadowRoots();
// Components defined by module scripts that run after this one attach their shadow roots before
// DOMContentLoaded: look once more then.
if (document.readyState !== 'complete') {
  document.addEventListener('DOMContentLoaded', observeShadowRoots, { once: true });
}
