/**
 * The element's language: its own `lang`, else the nearest ancestor's, crossing shadow roots
 * (an element inside another component still follows the page), else American English.
 */
export function resolveLang(element: Element): string {
  let node: Node | null = element;
  while (node) {
    if (node instanceof Element && node.getAttribute('lang')) {
      const lang = node.getAttribute('lang')!;
      try {
        return Intl.getCanonicalLocales(lang)[0] ?? 'en-US';
      } catch {
        return 'en-US'; // a malformed lang attribute must not break formatting
      }
    }
    node = node.parentNode ?? (node instanceof ShadowRoot ? node.host : null);
  }
  return 'en-US';
}
