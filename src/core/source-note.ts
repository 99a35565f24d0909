/**
 * The one-line source note under every element, so an embedded number is never shown without
 * its source and year: "Source: BLS Occupational Outlook Handbook, 2019-20; projections 2018-28;
 * wages May 2018". Built only from what the profile says.
 */
import { payPeriod, projectionYears } from '../data/periods.js';
import type { OccupationProfile } from '../data/types.js';
import type { CoreStrings } from '../i18n/en.js';

/** "U.S. Bureau of Labor Statistics" (or without "U.S."), as the note abbreviates it. */
const BLS = /^(u\.s\. )?bureau of labor statistics$/i;

export function sourceNote(profile: OccupationProfile, strings: CoreStrings): string | undefined {
  const { source } = profile;
  const publisher =
    source?.publisher && (BLS.test(source.publisher.trim()) ? 'BLS' : source.publisher);
  const projections = projectionYears(profile).period;
  const wages = payPeriod(profile);
  // An edition that only repeats the periods listed after it is left out.
  const edition =
    source?.edition &&
    ![projections, wages].some((period) => period && source.edition!.includes(period))
      ? source.edition
      : undefined;
  const origin = [[publisher, source?.title].filter(Boolean).join(' '), edition]
    .filter(Boolean)
    .join(', ');
  const parts = [
    origin,
    projections && strings.projectionsPeriod(projections),
    wages && strings.wagesPeriod(wages),
  ].filter((part): part is string => Boolean(part));
  return parts.length ? strings.sourceNote(parts) : undefined;
}
