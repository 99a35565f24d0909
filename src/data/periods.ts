/** The periods a profile's figures refer to, from its sections, else from its quick facts. */
import { formatPeriod } from './format.js';
import type { OccupationProfile } from './types.js';

/** The projections period ("2018-28") and its years. */
export function projectionYears(profile: OccupationProfile) {
  const facts = profile.quickFacts;
  const startYear =
    profile.outlook?.startYear ?? facts?.outlook?.startYear ?? facts?.employmentChange?.startYear;
  const endYear =
    profile.outlook?.endYear ?? facts?.outlook?.endYear ?? facts?.employmentChange?.endYear;
  const period =
    startYear !== undefined && endYear !== undefined ? formatPeriod(startYear, endYear) : undefined;
  return { startYear, endYear, period };
}

/** The wage period: `pay.period` ("May 2018"), else the quick facts' year. */
export function payPeriod(profile: OccupationProfile): string | undefined {
  const year = profile.quickFacts?.medianPay?.year;
  return profile.pay?.period ?? (year === undefined ? undefined : String(year));
}
