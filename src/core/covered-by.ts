/**
 * A numbers-only profile is a SOC code the Handbook describes inside a broader profile
 * (`occupation.coveredBy`). Where an element has nothing of its own to show for one, it names and
 * links that profile, which has what the reader came for.
 */
import { html, type TemplateResult } from 'lit';
import { linkHref, type LinkOptions } from '../data/links.js';
import type { OccupationProfile } from '../data/types.js';

/** "Described in the Handbook profile <a>…</a>.", or undefined for a profile of its own. */
export function coveredByNote(
  profile: OccupationProfile,
  label: string,
  options: LinkOptions,
): TemplateResult | undefined {
  const target = profile.occupation.coveredBy;
  if (!target) return undefined;
  const href = linkHref(target, options);
  return html`${label} ${href ? html`<a part="link" href=${href}>${target.text}</a>` : target.text}.`;
}
