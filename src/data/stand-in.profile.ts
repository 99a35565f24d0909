/**
 * What only <occ-profile> draws under its loading skeleton (see stand-in.ts): its header, footer
 * and a Summary of the median shape. Its own module, so that only <occ-profile> ships it.
 */
import { STAND_IN } from './stand-in.js';
import { STAND_IN_OUTLOOK, STAND_IN_PAY } from './stand-in.tabs.js';
import type { OccupationProfile } from './types.js';

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
 * line is part-filled), so the Job Outlook paragraph is longer than its median by what the
 * placeholder-heights test measured short (median difference within 5 px at 360 and 1000 px).
 */
const SUMMARY_BLOCKS: NonNullable<OccupationProfile['sections']>[number]['blocks'] = [
  [32, 113],
  [16, 183],
  [39, 198],
  [3, 77],
  [11, 133, 340],
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
