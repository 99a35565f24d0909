/**
 * Where a link in the data takes the reader. A link that names one of our profiles (`slug`) goes
 * to the site's own page for it when the element has an `href-template` (`/careers/{slug}`);
 * otherwise, and for any other link, to its `href` (BLS's page). Either way only http(s) and
 * relative URLs become links (see {@link safeHref}); anything else is shown as text.
 */
import { safeHref } from './url.js';

/** A profile's file stem: an OOH slug or a SOC code, never a path or a URL (as the contract says). */
const SLUG = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;

export interface LinkTarget {
  /** The page the data links to (BLS's). */
  href?: string | undefined;
  /** Our profile of it, if the dataset has one. */
  slug?: string | undefined;
}

export interface LinkOptions {
  /** The element's `href-template`, e.g. `/careers/{slug}`: resolved against the page. */
  template?: string | undefined;
  /** What the data's own hrefs resolve against: the data file's URL. */
  base: string;
  /** What the template resolves against: the page's URL. */
  page: string;
}

/** The URL a link goes to, or undefined when it must be shown as text. */
export function linkHref(
  target: LinkTarget,
  { template, base, page }: LinkOptions,
): string | undefined {
  const { href, slug } = target;
  if (template?.includes('{slug}') && slug && SLUG.test(slug)) {
    const own = safeHref(template.replaceAll('{slug}', encodeURIComponent(slug)), page);
    if (own) return own;
  }
  return safeHref(href, base);
}
