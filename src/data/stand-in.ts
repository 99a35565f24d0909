/**
 * A typical profile, drawn invisibly under the loading skeleton so that an element's placeholder
 * takes the room its loaded layout will take. Never shown as data. The charts are the same shape
 * for every occupation, so any figures do; prose is the occupation's own, of any length, so the
 * stand-in's is generic filler of the median length (see STAND_IN_PROFILE). In parts, so that an
 * element's module ships only the part it draws (each element's `standIn`); `<occ-profile>` draws
 * them all, with its own part in stand-in.profile.ts; the tab elements' parts are in
 * stand-in.tabs.ts.
 */
import { GLOSSARY_KEYS, type OccupationProfile } from './types.js';

/** What every element shows or uses for its source note: the occupation, source and years. */
export const STAND_IN: OccupationProfile = {
  schemaVersion: 1,
  // A title of about the median length over the 2024-34 files (29 characters, in average-width
  // letters): about half of the titles wrap in a phone's width, as this does (measured).
  occupation: { title: 'Occupation Title of Typical Length', soc: ['00-0000'] },
  source: {
    publisher: 'U.S. Bureau of Labor Statistics',
    title: 'Occupational Outlook Handbook',
    edition: '2024-34',
    // No dataUrl: a Handbook profile has none (only a SOC file, built from BLS's tables, does).
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

// Definitions exist in real profiles and add a disclosure marker to each term: keep the width.
export const STAND_IN_GLOSSARY: OccupationProfile['glossary'] = Object.fromEntries(
  GLOSSARY_KEYS.map((key) => [key, '…']),
);
