/**
 * A typical profile, drawn invisibly under the loading skeleton so that an element's placeholder
 * takes the room its loaded layout will take. Never shown as data. The charts are the same shape
 * for every occupation, so any figures do; prose is the occupation's own, of any length, so the
 * stand-in has none (see STAND_IN_PROFILE). In parts, so that an element's module ships only the part it draws (each element's
 * `standIn`); `<occ-profile>` draws them all.
 */
import { STAND_IN_OUTLOOK, STAND_IN_PAY } from './stand-in.tabs.js';
import { GLOSSARY_KEYS, type OccupationProfile } from './types.js';

export * from './stand-in.tabs.js';

/** What every element shows or uses for its source note: the occupation, source and years. */
export const STAND_IN: OccupationProfile = {
  schemaVersion: 1,
  // A title of the typical length (two lines in a profile's heading on a phone, one on a desktop).
  occupation: { title: 'Occupation Title of the Stand-In Profile', soc: ['00-0000'] },
  source: {
    publisher: 'U.S. Bureau of Labor Statistics',
    title: 'Occupational Outlook Handbook',
    edition: '2024-34',
    dataUrl: 'https://www.bls.gov/emp/',
  },
  // The projection years, for the source note; the figures are STAND_IN_QUICK_FACTS.
  quickFacts: { outlook: { startYear: 2024, endYear: 2034 } },
};

/**
 * Quick facts: <occ-quick-facts>, and the figures <occ-outlook> and <occ-similar> quote. Every row,
 * with the most common education and outlook phrase.
 */
export const STAND_IN_QUICK_FACTS: OccupationProfile['quickFacts'] = {
  medianPay: { annual: 50000, hourly: 24.04, year: 2024 },
  entryLevelEducation: 'High school diploma or equivalent',
  workExperience: 'None',
  onTheJobTraining: 'None',
  jobs: { count: 100000, year: 2024 },
  outlook: { percent: 3, phrase: 'As fast as average', startYear: 2024, endYear: 2034 },
  employmentChange: { count: 5000, startYear: 2024, endYear: 2034 },
};

/**
 * What only <occ-profile> shows besides the quick facts: the footer's source and citation, and
 * the figures that give a profile its Pay and Job Outlook tabs. No prose, so no prose tabs: the
 * stand-in has the shape most profiles have (every numbers-only one), and a profile loading with a
 * prose tab selected reserves its Summary's height, a sensible one, not one occupation's length.
 */
export const STAND_IN_PROFILE: Pick<
  OccupationProfile,
  'occupation' | 'source' | 'pay' | 'outlook'
> = {
  occupation: STAND_IN.occupation,
  // The source as the data build writes it for every profile from BLS's tables.
  source: {
    ...STAND_IN.source,
    title: 'Employment Projections and OEWS wage estimates',
    edition: 'Employment Projections 2024-34; OEWS May 2024',
    citation:
      'U.S. Bureau of Labor Statistics, Employment Projections program, "Occupational projections and worker characteristics" (table 1.2), 2024-34; U.S. Bureau of Labor Statistics, Occupational Employment and Wage Statistics (OEWS) program, national occupational employment and wage estimates, May 2024.',
  },
  pay: STAND_IN_PAY,
  outlook: STAND_IN_OUTLOOK,
};

// Definitions exist in real profiles and add a disclosure marker to each term: keep the width.
export const STAND_IN_GLOSSARY: OccupationProfile['glossary'] = Object.fromEntries(
  GLOSSARY_KEYS.map((key) => [key, '…']),
);
