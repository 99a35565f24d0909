/**
 * Links in the data as the elements render them: to the site's own page (`href-template`) or
 * BLS's, or the text alone when the URL is not safe (see `linkHref`).
 */
import { html, type TemplateResult } from 'lit';
import { linkHref, type LinkOptions, type LinkTarget } from '../data/links.js';
import type { OccupationProfile } from '../data/types.js';

/** `<a part="link">text</a>` to where `target` leads, or `text` when it has no safe URL. */
export function renderLink(
  target: LinkTarget,
  text: string,
  options: LinkOptions,
): TemplateResult | string {
  const href = linkHref(target, options);
  return href ? html`<a part="link" href=${href}>${text}</a>` : text;
}

/**
 * A numbers-only profile is a SOC code the Handbook describes inside a broader profile
 * (`occupation.coveredBy`). Where an element has nothing of its own to show for one, it names and
 * links that profile, which has what the reader came for: "Described in the Handbook profile
 * <a>…</a>.", or undefined for a profile of its own.
 */
export function coveredByNote(
  profile: OccupationProfile,
  label: string,
  options: LinkOptions,
): TemplateResult | undefined {
  const target = profile.occupation.coveredBy;
  if (!target) return undefined;
  return html`${label} ${renderLink(target, target.text, options)}.`;
}
