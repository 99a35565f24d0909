/**
 * The stand-in figures of the elements that <occ-profile> loads when their tab is shown (see
 * stand-in.ts): a module of their own, so the profile's first download leaves them out. The charts
 * are the same shape for every occupation (fixed label lines, one row per entry), so any typical
 * figures reserve their size: these are the shape most profiles have (three median bars and five
 * percentiles; three outlook bars and one projections row; five largest employers).
 */
import type { OccupationProfile } from './types.js';

const title = 'Occupation';
const group = 'Occupation group';
const total = 'Total, all occupations';

export const STAND_IN_PAY: OccupationProfile['pay'] = {
  period: 'May 2024',
  medians: [
    { label: group, annual: 50000 },
    { label: title, annual: 50000, focus: true },
    { label: total, annual: 50000 },
  ],
  percentiles: {
    annual: { p10: 30000, p25: 40000, p50: 50000, p75: 70000, p90: 100000 },
  },
  // The top-industries table of a full profile (2024-34; a SOC file has none): three rows, the
  // median over the sampled profiles, with names of the typical lengths (median 39 characters;
  // one short), which wrap on a phone as the real names do.
  industries: [
    { industry: 'Industry name of the typical length, 39', annual: 50000 },
    { industry: 'Industry of a shorter name', annual: 50000 },
    { industry: 'Industry name of the typical length, 39', annual: 50000 },
  ],
};

export const STAND_IN_OUTLOOK: OccupationProfile['outlook'] = {
  startYear: 2024,
  endYear: 2034,
  averagePercent: 3,
  changes: [
    { label: title, percent: 5, focus: true },
    { label: group, percent: 5 },
    { label: total, percent: 3 },
  ],
  projections: [
    {
      title,
      soc: '00-0000',
      employment: 100000,
      projectedEmployment: 105000,
      changePercent: 5,
      changeCount: 5000,
    },
  ],
};

export const STAND_IN_EMPLOYERS: OccupationProfile['employers'] = {
  year: 2024,
  industries: [
    { industry: 'Industry', percent: 30 },
    { industry: 'Industry', percent: 20 },
    { industry: 'Industry', percent: 10 },
    { industry: 'Industry', percent: 10 },
    { industry: 'Industry', percent: 5 },
  ],
};

/**
 * <occ-similar>: the median number of similar occupations over the 2024-34 profiles (8), each
 * with a title of the median length (25 characters) and the most common entry-level education.
 * Duties are one sentence (median 114 characters) that wraps to two lines in a wide table in about
 * half the rows and three in the others: so do these.
 */
export const STAND_IN_SIMILAR: OccupationProfile['similar'] = Array.from({ length: 8 }, (_, i) => ({
  title: 'Similar Occupation Titles',
  duties:
    i % 2
      ? 'Workers in this similar occupation do the typical duties of its group, as the Handbook tells them in one sentence of the typical length.'
      : 'Workers in this similar occupation do the typical duties of its group, told in one sentence of its median length.',
  entryLevelEducation: "Bachelor's degree",
  medianPay: 60000,
  url: 'https://www.bls.gov/ooh/',
}));
