/**
 * A typical profile (the reference occupation's figures), drawn invisibly under the loading
 * skeleton: an element's placeholder is then its own loaded layout, so nothing on the page moves
 * when the real data arrives. Never shown as data. In parts, so that an element's module ships
 * only the part it draws (each element's `standIn`); `<occ-profile>` draws them all.
 */
import { TITLE } from './filler.js';
import { GLOSSARY_KEYS, type OccupationProfile } from './types.js';

export * from './stand-in.tabs.js';

/** What every element shows or uses for its source note: the occupation, source and years. */
export const STAND_IN: OccupationProfile = {
  schemaVersion: 1,
  occupation: { title: TITLE, soc: ['29-2071'] },
  source: {
    publisher: 'U.S. Bureau of Labor Statistics',
    title: 'Occupational Outlook Handbook',
    edition: '2019-20',
    dataUrl: 'https://www.bls.gov/emp/',
  },
  // The projection years, for the source note; the figures are STAND_IN_QUICK_FACTS.
  quickFacts: { outlook: { startYear: 2018, endYear: 2028 } },
};

/** Quick facts: <occ-quick-facts>, and the figures <occ-outlook> and <occ-similar> quote. */
export const STAND_IN_QUICK_FACTS: OccupationProfile['quickFacts'] = {
  medianPay: { annual: 40350, hourly: 19.4, year: 2018 },
  entryLevelEducation: 'Postsecondary nondegree award',
  workExperience: 'None',
  onTheJobTraining: 'None',
  jobs: { count: 215500, year: 2018 },
  outlook: { percent: 11, phrase: 'Much faster than average', startYear: 2018, endYear: 2028 },
  employmentChange: { count: 23100, startYear: 2018, endYear: 2028 },
};

// Definitions exist in real profiles and add a disclosure marker to each term: keep the width.
export const STAND_IN_GLOSSARY: OccupationProfile['glossary'] = Object.fromEntries(
  GLOSSARY_KEYS.map((key) => [key, '…']),
);
