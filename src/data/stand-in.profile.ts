/**
 * The stand-in of what only <occ-profile> draws (see stand-in.ts): a module of its own, so the
 * other elements' downloads leave it out.
 */
import { STAND_IN } from './stand-in.js';
import { filler } from './filler.js';
import { SECTION_IDS, type OccupationProfile, type SectionId } from './types.js';

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

/**
 * The prose of each <occ-profile> tab, as the reference profile's: a heading's length as a
 * negative number, a paragraph's as a positive one, a list as its items' lengths. Filler text of
 * those lengths wraps like the real text (to within a line or two in another font), so a profile
 * opened on any tab (`tab`, or a `#pay` link with `sync-hash`) keeps its height when it loads.
 * Tabs that compose an element (pay, outlook, employers, similar) draw that element's own
 * placeholder too. (Summary: one paragraph made longer so the filler wraps to the same lines at
 * 480 px.)
 */
const PROSE: Record<SectionId, (number | number[])[]> = {
  summary: [-58, 95, -16, 169, -64, 177, -3, 118, -11, 244, -17, 116, -19, 134, -42, 178],
  'what-they-do': [
    486,
    -6,
    58,
    [92, 64, 45, 98, 86, 45],
    315,
    290,
    346,
    175,
    42,
    [110, 117, 70],
    45,
    [82, 97, 67, 68, 70],
  ],
  'work-environment': [176, 169, -14, 167],
  'how-to-become-one': [
    177, -9, 504, 207, -19, 177, 111, 255, 204, 208, -43, 376, 306, 215, -11, 212,
  ],
  pay: [325, 151, 167],
  'job-outlook': [165, 247, 259, 213, -13, 303],
  'state-and-area': [-40, 336, -19, 495, -13, 306],
  'similar-occupations': [135],
  'more-information': [],
};

/** Section titles longer than the tab's name: these may wrap. */
const TITLES: Partial<Record<SectionId, number>> = {
  'what-they-do': 58,
  'how-to-become-one': 64,
  'more-information': 29,
};

export const STAND_IN_SECTIONS: OccupationProfile['sections'] = (() =>
  SECTION_IDS.map((id) => ({
    id,
    ...(TITLES[id] ? { title: filler(TITLES[id]) } : {}),
    // Every tab but the Summary has an "About this section" disclosure.
    ...(id === 'summary' ? {} : { about: '…' }),
    blocks: PROSE[id].map((length) =>
      typeof length === 'object'
        ? { type: 'list' as const, items: length.map(filler) }
        : length < 0
          ? { type: 'heading' as const, text: filler(-length) }
          : { type: 'paragraph' as const, text: filler(length) },
    ),
  })))();

/** The More Information tab's contacts: groups of names, as long as the reference's. */
export const STAND_IN_CONTACTS: OccupationProfile['contacts'] = (() =>
  (
    [
      [103, 50, 39, 57, 33],
      [60, 50],
      [51, 38],
      [49, 87],
      [5, 50],
    ] as const
  ).flatMap(([group, ...names]) =>
    names.map((name) => ({ name: filler(name), group: filler(group) })),
  ))();
