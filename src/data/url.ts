/**
 * The only way a profile's URL becomes a link: resolved against the data file (or the page), and
 * kept only when it is http: or https:. `javascript:`, `data:` and anything unparsable give undefined.
 */
export function safeHref(url: string | undefined, base: string): string | undefined {
  if (!url) return undefined;
  try {
    const resolved = new URL(url.trim(), base);
    return resolved.protocol === 'http:' || resolved.protocol === 'https:'
      ? resolved.href
      : undefined;
  } catch {
    return undefined;
  }
}
