/**
 * A typical profile, drawn invisibly under the loading skeleton so that an element's placeholder
 * takes the room its loaded layout will take. Never shown as data. The charts are the same shape
 * for every occupation, so any figures do; prose is the occupation's own, of any length, so the
 * stand-in's is generic filler of the median length (see STAND_IN_PROFILE). In parts, so that an
 * element's module ships only the part it draws (each element's `standIn`); `<occ-profile>` draws
 * them all.
 */
import { STAND_IN_OUTLOOK, STAND_IN_PAY } from './stand-in.tabs.js';
import { GLOSSARY_KEYS, type OccupationProfile } from './types.js';

export * from './stand-in.tabs.js';

/** What every element shows or uses for its source note: the occupation, source and years. */
export const STAND_IN: OccupationProfile = {
  schemaVersion: 1,
  // A title of the median length over the 2024-34 profiles (27 characters).
  occupation: { title: 'Title of the Typical Length', soc: ['00-0000'] },
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

/** Generic filler text of `length` characters: the stand-in's prose has a shape, not content. */
function filler(length: number): string {
  return 'Text of the typical length. '
    .repeat(Math.ceil(length / 28))
    .slice(0, length)
    .trim();
}

/**
 * The Summary tab's prose: the shape nearly every 2024-34 profile has (530 of 585: a heading and
 * a paragraph for each of the eight tabs, two paragraphs for Job Outlook), each block of the
 * median length, in characters, of that block over those profiles (computed from data/*.json).
 * Medians of single blocks wrap to fewer lines than the median Summary does (a paragraph's last
 * line is part-filled), so the Job Outlook paragraph is longer than its median by the three
 * lines at 360 px (one at 1000 px) that the placeholder-heights test measured short.
 */
const SUMMARY_BLOCKS: NonNullable<OccupationProfile['sections']>[number]['blocks'] = [
  [32, 113],
  [16, 183],
  [39, 198],
  [3, 77],
  [11, 133, 380],
  [17, 90],
  [19, 108],
  [42, 152],
].flatMap(([heading, ...paragraphs]) => [
  { type: 'heading' as const, text: filler(heading!) },
  ...paragraphs.map((length) => ({ type: 'paragraph' as const, text: filler(length) })),
]);

/**
 * What only <occ-profile> shows besides the quick facts: the footer's source and citation, and
 * the figures that give a profile its Pay and Job Outlook tabs, and a Summary of the median shape
 * (generic filler, not one occupation's text); no other prose tabs, so a profile loading with a
 * prose tab selected reserves its Summary's height, a sensible one, not one occupation's length.
 */
export const STAND_IN_PROFILE: Pick<
  OccupationProfile,
  'occupation' | 'source' | 'pay' | 'outlook' | 'sections'
> = {
  // The header's one-sentence summary, of the median length (113 characters).
  occupation: {
    ...STAND_IN.occupation,
    url: 'https://www.bls.gov/ooh/',
    summary: filler(113),
  },
  // The footer of a Handbook profile: its date and BLS's citation, of the median length.
  source: {
    ...STAND_IN.source,
    lastModified: '2025-08-28',
    citation:
      'Bureau of Labor Statistics, U.S. Department of Labor, Occupational Outlook Handbook, Title of the Typical Length, at https://www.bls.gov/ooh/group/title-of-the-typical-length.htm (visited February 28, 2026).',
  },
  pay: STAND_IN_PAY,
  outlook: STAND_IN_OUTLOOK,
  sections: [{ id: 'summary', title: 'Summary', blocks: SUMMARY_BLOCKS }],
};

// Definitions exist in real profiles and add a disclosure marker to each term: keep the width.
export const STAND_IN_GLOSSARY: OccupationProfile['glossary'] = Object.fromEntries(
  GLOSSARY_KEYS.map((key) => [key, '…']),
);
