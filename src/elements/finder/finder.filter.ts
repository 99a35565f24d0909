/**
 * Searching and filtering the index, as pure functions (tested without the DOM, timed by
 * `npm run bench:finder`). Each entry's search text is worked out once per entry object, so a
 * keystroke only compares words.
 */
import { moneyValue } from '../../data/format.js';
import type { IndexEntry } from '../../data/index-types.js';
import {
  EDUCATION,
  EXPERIENCE,
  GROWTH,
  NEW_JOBS,
  TRAINING,
  normalizeTerm,
  type Vocabulary,
} from '../../data/vocabulary.js';

/** What the reader asked for: the search and each filter (short keys; undefined = any). */
export interface FinderFilters {
  query?: string;
  education?: string;
  experience?: string;
  training?: string;
  growth?: string;
  minPay?: number;
  maxPay?: number;
  newJobs?: string;
}

interface Keys {
  /** The title's words, without accents or punctuation. */
  words: string[];
  /** The SOC codes, digits only (`291141`). */
  codes: string[];
  education?: string;
  experience?: string;
  training?: string;
  growth?: string;
}

const keysOf = new WeakMap<IndexEntry, Keys>();

/** Lower case, no accents, letters and digits only: how titles and queries are compared. */
const fold = (text: string) =>
  text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[\u2018\u2019\u02bc]/g, "'");

/** Words of a title or a query: runs of letters and digits ("Associate's" gives "associate's"). */
const wordsOf = (text: string) => fold(text).match(/[\p{L}\p{N}][\p{L}\p{N}']*/gu) ?? [];

const lookup = (vocabulary: Vocabulary) => {
  const byTerm = new Map(
    Object.entries(vocabulary).map(([key, term]) => [normalizeTerm(term), key]),
  );
  return (value: string | undefined) => (value ? byTerm.get(normalizeTerm(value)) : undefined);
};
const educationKey = lookup(EDUCATION);
const experienceKey = lookup(EXPERIENCE);
const trainingKey = lookup(TRAINING);
const growthKey = lookup(GROWTH);

function keys(entry: IndexEntry): Keys {
  let found = keysOf.get(entry);
  if (!found) {
    found = {
      words: wordsOf(entry.title),
      codes: entry.soc.map((code) => code.replace(/\D/g, '')),
      education: educationKey(entry.education),
      experience: experienceKey(entry.experience),
      training: trainingKey(entry.training),
      growth: growthKey(entry.outlookPhrase),
    };
    keysOf.set(entry, found);
  }
  return found;
}

/** The median annual pay as a number (a top-coded wage counts as its floor), or undefined. */
export const annualPay = (entry: IndexEntry): number | undefined =>
  entry.medianPay?.annual === undefined ? undefined : moneyValue(entry.medianPay.annual);

/**
 * Whether the entry matches the search: every word of the query starts a word of the title
 * ("reg nur" finds Registered Nurses), or the query is the start of a SOC code ("29-11", "291141").
 */
export function matchesQuery(entry: IndexEntry, query: string | undefined): boolean {
  const wanted = wordsOf(query ?? '');
  if (!wanted.length) return true;
  const { words, codes } = keys(entry);
  const digits = (query ?? '').replace(/[\s-]/g, '');
  if (/^\d{2,6}$/.test(digits) && codes.some((code) => code.startsWith(digits))) return true;
  return wanted.every((part) => words.some((word) => word.startsWith(part)));
}

/** Whether the entry passes every filter that is set. */
export function matchesFilters(entry: IndexEntry, filters: FinderFilters): boolean {
  const k = keys(entry);
  if (filters.education && k.education !== filters.education) return false;
  if (filters.experience && k.experience !== filters.experience) return false;
  if (filters.training && k.training !== filters.training) return false;
  if (filters.growth && k.growth !== filters.growth) return false;
  if (filters.minPay !== undefined || filters.maxPay !== undefined) {
    const pay = annualPay(entry);
    if (pay === undefined) return false;
    if (filters.minPay !== undefined && pay < filters.minPay) return false;
    if (filters.maxPay !== undefined && pay > filters.maxPay) return false;
  }
  if (filters.newJobs !== undefined && filters.newJobs in NEW_JOBS) {
    const change = entry.employmentChange;
    if (change === undefined) return false;
    const floor = NEW_JOBS[filters.newJobs as keyof typeof NEW_JOBS];
    if (floor < 0 ? change >= 0 : change < floor) return false;
  }
  return true;
}

/**
 * The entries that match the search and every filter, in the index's order (a new array). A
 * Handbook profile is listed once: the index also has it under each SOC code it is the page of
 * (`data/<soc>.json`, a copy), which would show the same occupation twice.
 */
export function filterEntries(
  entries: readonly IndexEntry[],
  filters: FinderFilters,
): IndexEntry[] {
  const seen = new Set<string>();
  return entries.filter((entry) => {
    if (entry.kind === 'profile' && entry.url) {
      if (seen.has(entry.url)) return false;
      seen.add(entry.url);
    }
    return matchesFilters(entry, filters) && matchesQuery(entry, filters.query);
  });
}
