/**
 * Sorting the Similar Occupations table, as pure functions (tested without the DOM): by median
 * pay, or by the BLS typical entry-level education ladder. Rows without a value (no pay, or an
 * education the ladder does not know, such as the OOH's "See How to Become One") sort last in
 * both directions; ties keep the data order.
 */
import { moneyValue } from '../../data/format.js';
import type { SimilarOccupation } from '../../data/types.js';
import { EDUCATION, normalizeTerm } from '../../data/vocabulary.js';

/** The columns the table sorts by. */
export type SimilarSortKey = 'pay' | 'education';

/** The `sort` attribute's values: a column, prefixed with `-` for descending. */
export type SimilarSort = SimilarSortKey | `-${SimilarSortKey}`;

export type SortDirection = 'ascending' | 'descending';

export const SIMILAR_SORTS: readonly SimilarSort[] = ['pay', '-pay', 'education', '-education'];

/** BLS typical entry-level education categories, lowest first. */
export const EDUCATION_LADDER = Object.values(EDUCATION);

const LADDER_RANKS = new Map<string, number>(
  EDUCATION_LADDER.map((name, rank) => [normalizeTerm(name), rank]),
);

/**
 * The education's place on the ladder (0 = no formal credential), or undefined when it is not
 * one of the BLS categories. Case and the apostrophe's form (’ or ') do not matter.
 */
export function educationRank(education: string | undefined): number | undefined {
  return education === undefined ? undefined : LADDER_RANKS.get(normalizeTerm(education));
}

/** The median pay as a number (a top-coded wage counts as its floor), or undefined. */
export const payValue = (row: SimilarOccupation): number | undefined =>
  row.medianPay === undefined ? undefined : moneyValue(row.medianPay);

/** Reads a `sort` value: its column and direction, or undefined for data order (and for junk). */
export function parseSort(
  sort: string | null | undefined,
): { key: SimilarSortKey; direction: SortDirection } | undefined {
  if (!sort || !(SIMILAR_SORTS as readonly string[]).includes(sort)) return undefined;
  const descending = sort.startsWith('-');
  return {
    key: (descending ? sort.slice(1) : sort) as SimilarSortKey,
    direction: descending ? 'descending' : 'ascending',
  };
}

/** The `sort` value for a column and direction. */
export const toSort = (key: SimilarSortKey, direction: SortDirection): SimilarSort =>
  direction === 'descending' ? `-${key}` : key;

/**
 * The sort after the user picks a column: the other direction if it is the sorted column,
 * else that column ascending.
 */
export function nextSort(current: string | null | undefined, key: SimilarSortKey): SimilarSort {
  const parsed = parseSort(current);
  if (parsed?.key !== key) return key;
  return toSort(key, parsed.direction === 'ascending' ? 'descending' : 'ascending');
}

/** The value a row sorts by in a column, or undefined when it has none (it then goes last). */
export const sortValue = (row: SimilarOccupation, key: SimilarSortKey): number | undefined =>
  key === 'pay' ? payValue(row) : educationRank(row.entryLevelEducation);

/**
 * The rows in the order of `sort` (a new array; the input is not changed). Rows without a value
 * come last in both directions; equal values keep their data order. Unset or unknown `sort`:
 * the data order.
 */
export function sortSimilar<T extends SimilarOccupation>(
  rows: readonly T[],
  sort: string | null | undefined,
): T[] {
  const parsed = parseSort(sort);
  if (!parsed) return [...rows];
  const sign = parsed.direction === 'ascending' ? 1 : -1;
  return rows
    .map((row, index) => ({ row, index, value: sortValue(row, parsed.key) }))
    .sort((a, b) => {
      if (a.value === undefined || b.value === undefined) {
        if (a.value !== undefined) return -1;
        if (b.value !== undefined) return 1;
        return a.index - b.index;
      }
      return sign * (a.value - b.value) || a.index - b.index;
    })
    .map(({ row }) => row);
}
