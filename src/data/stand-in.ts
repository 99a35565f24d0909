/**
 * A typical profile (the reference occupation's figures), drawn invisibly under the loading
 * skeleton: an element's placeholder is then its own loaded layout, so nothing on the page moves
 * when the real data arrives. Never shown as data. In parts, so that an element's module ships
 * only the part it draws (each element's `standIn`); `<occ-profile>` draws them all.
 */
import { TITLE, filler } from './filler.js';
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

/**
 * What only <occ-profile> shows: its header's summary and link, its footer's date and citation.
 * The summary is filler that wraps like the sentence it replaces at every width from 320 to
 * 1200 px, in the tests' default font and the benchmark's system-ui; the citation, a long URL
 * included, has no such filler.
 */
export const STAND_IN_PROFILE: Pick<OccupationProfile, 'occupation' | 'source'> = {
  occupation: {
    ...STAND_IN.occupation,
    summary: filler(84),
    url: 'https://www.bls.gov/ooh/',
  },
  source: {
    ...STAND_IN.source,
    lastModified: '2019-09-04',
    citation:
      'Bureau of Labor Statistics, U.S. Department of Labor, Occupational Outlook Handbook, Medical Records and Health Information Technicians, on the Internet at https://www.bls.gov/ooh/healthcare/medical-records-and-health-information-technicians.htm (visited April 22, 2020).',
  },
};

// The Summary tab of <occ-profile>: headings and paragraphs as long as the reference profile's
// (one paragraph made longer so the filler wraps to the same lines at 480 px).
// (Built by a function marked pure, so a module that does not draw it leaves it out.)
export const STAND_IN_SECTIONS: OccupationProfile['sections'] = /* @__PURE__ */ (() => [
  {
    id: 'summary',
    blocks: [58, 95, 16, 169, 64, 177, 3, 118, 11, 244, 17, 116, 19, 134, 42, 178].map(
      (length, index) => ({
        type: index % 2 ? ('paragraph' as const) : ('heading' as const),
        text: filler(length),
      }),
    ),
  },
  // Every other OOH tab, so the tab list wraps as a full profile's does. (Only the selected
  // tab's panel takes room; the tabs whose elements load later have no figures here.)
  ...(
    [
      'what-they-do',
      'work-environment',
      'how-to-become-one',
      'pay',
      'job-outlook',
      'state-and-area',
      'similar-occupations',
      'more-information',
    ] as const
  ).map((id) => ({ id, blocks: [{ type: 'paragraph' as const, text: '…' }] })),
])();

// Definitions exist in real profiles and add a disclosure marker to each term: keep the width.
export const STAND_IN_GLOSSARY: OccupationProfile['glossary'] = /* @__PURE__ */ Object.fromEntries(
  GLOSSARY_KEYS.map((key) => [key, '…']),
);
