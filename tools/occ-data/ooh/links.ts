/**
 * Links found in a page, as the contract keeps them: BLS's absolute URL, and the slug of the
 * target when it is another OOH profile. Only http(s) URLs stay links; in-page tab links and
 * any other scheme (javascript:, data:, mailto:) are kept as text.
 */
import type { Inline, Link } from '../../../src/data/types.js';

export const BLS_ORIGIN = 'https://www.bls.gov/';

/** OOH folders that hold other pages than occupation profiles. */
const NOT_PROFILES = new Set(['about', 'field-of-degree', 'occupation-finder']);

/**
 * The slug of an OOH profile URL (`https://www.bls.gov/ooh/healthcare/medical-assistants.htm`
 * → `medical-assistants`), or undefined for any other page.
 */
export function oohSlug(url: URL): string | undefined {
  if (url.hostname !== 'www.bls.gov' && url.hostname !== 'bls.gov') return undefined;
  const parts = url.pathname.split('/');
  // ['', 'ooh', '<group>', '<slug>.htm']
  if (parts.length !== 4 || parts[1] !== 'ooh' || NOT_PROFILES.has(parts[2]!.toLowerCase())) {
    return undefined;
  }
  const match = /^([a-z0-9-]+)\.htm$/i.exec(parts[3]!);
  if (!match || match[1]!.toLowerCase() === 'home') return undefined;
  return match[1]!.toLowerCase();
}

/** A page's href made absolute against bls.gov; undefined unless it is http(s). */
export function absoluteHref(href: string | undefined): URL | undefined {
  if (!href) return undefined;
  const trimmed = href.trim();
  // `#tab-4` and the like move between the page's own tabs, which a profile has no use for.
  if (!trimmed || trimmed.startsWith('#')) return undefined;
  try {
    const url = new URL(trimmed, BLS_ORIGIN);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url : undefined;
  } catch {
    return undefined;
  }
}

/** A link as the contract keeps it, or its text alone when the href cannot be followed. */
export function pageLink(text: string, href: string | undefined): Inline {
  const url = absoluteHref(href);
  if (!url) return text;
  const slug = oohSlug(url);
  const link: Link = { text, href: url.href };
  if (slug) link.slug = slug;
  return link;
}
