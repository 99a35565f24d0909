/**
 * BLS's fixed vocabularies (the finder's filters, the similar table's education order), in BLS's order, each value with a short key
 * for attributes and the page's URL (`education="bachelor"`). The full BLS wording is accepted
 * too, in any case and with either apostrophe.
 */

/** Typical education needed for entry, lowest first. */
export const EDUCATION = {
  none: 'No formal educational credential',
  'high-school': 'High school diploma or equivalent',
  postsecondary: 'Postsecondary nondegree award',
  'some-college': 'Some college, no degree',
  associate: "Associate's degree",
  bachelor: "Bachelor's degree",
  master: "Master's degree",
  doctoral: 'Doctoral or professional degree',
} as const;

/** Work experience in a related occupation. */
export const EXPERIENCE = {
  none: 'None',
  'less-than-5': 'Less than 5 years',
  '5-or-more': '5 years or more',
} as const;

/** Typical on-the-job training needed to attain competency. */
export const TRAINING = {
  none: 'None',
  'short-term': 'Short-term on-the-job training',
  'moderate-term': 'Moderate-term on-the-job training',
  'long-term': 'Long-term on-the-job training',
  apprenticeship: 'Apprenticeship',
  'internship-residency': 'Internship/residency',
} as const;

/** The Handbook's projected growth phrases, lowest first. */
export const GROWTH = {
  decline: 'Decline',
  'little-or-no-change': 'Little or no change',
  slower: 'Slower than average',
  average: 'As fast as average',
  faster: 'Faster than average',
  'much-faster': 'Much faster than average',
} as const;

/** The number of new jobs (projected employment change): a decline, or at least so many. */
export const NEW_JOBS = {
  decline: -1,
  '0': 0,
  '1000': 1000,
  '10000': 10000,
  '50000': 50000,
  '100000': 100000,
} as const;

export type Vocabulary = Readonly<Record<string, string>>;

/** Lower case, one kind of apostrophe, single spaces: how vocabulary values are compared. */
export const normalizeTerm = (text: string) =>
  text
    .trim()
    .toLowerCase()
    .replace(/[\u2018\u2019\u02bc]/g, "'")
    .replace(/\s+/g, ' ');

/**
 * The short key for an attribute's value: the key itself, or the key of the BLS wording given in
 * full; undefined for anything else (the filter is then off).
 */
export function termKey(vocabulary: Vocabulary, value: string | null | undefined) {
  if (!value) return undefined;
  const wanted = normalizeTerm(value);
  return Object.keys(vocabulary).find(
    (key) => key === wanted || normalizeTerm(vocabulary[key]!) === wanted,
  );
}
