/**
 * Sorting the finder's results (pure, tested without the DOM): by title, median pay, projected
 * growth, number of jobs, new jobs or openings. Entries without the value come last in either
 * direction; ties go by title.
 */
import type { IndexEntry } from '../../data/index-types.js';
import { annualPay } from './finder.filter.js';

export const SORT_KEYS = ['title', 'pay', 'growth', 'jobs', 'new-jobs', 'openings'] as const;
export type FinderSortKey = (typeof SORT_KEYS)[number];
export type SortOrder = 'asc' | 'desc';

/** The `sort` attribute's key, or undefined (the index's order) for anything else. */
export const parseSortKey = (value: string | null | undefined): FinderSortKey | undefined =>
  (SORT_KEYS as readonly string[]).includes(value ?? '') ? (value as FinderSortKey) : undefined;

/** Each key's first order: titles A to Z, figures highest first (a "fastest growing" list). */
export const defaultOrder = (key: FinderSortKey): SortOrder => (key === 'title' ? 'asc' : 'desc');

/** The order after the reader picks a column: the other direction if it is the sorted one. */
export function nextOrder(
  current: FinderSortKey | undefined,
  order: SortOrder,
  key: FinderSortKey,
): SortOrder {
  if (current !== key) return defaultOrder(key);
  return order === 'asc' ? 'desc' : 'asc';
}

const value = (entry: IndexEntry, key: Exclude<FinderSortKey, 'title'>): number | undefined => {
  switch (key) {
    case 'pay':
      return annualPay(entry);
    case 'growth':
      return entry.outlookPercent;
    case 'jobs':
      return entry.jobs;
    case 'new-jobs':
      return entry.employmentChange;
    default:
      return entry.openings;
  }
};

const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });

/** The entries in the order of `key` and `order` (a new array); unset key: the given order. */
export function sortEntries(
  entries: readonly IndexEntry[],
  key: FinderSortKey | undefined,
  order: SortOrder = key ? defaultOrder(key) : 'asc',
): IndexEntry[] {
  if (!key) return [...entries];
  const sign = order === 'asc' ? 1 : -1;
  if (key === 'title') {
    return [...entries].sort((a, b) => sign * collator.compare(a.title, b.title));
  }
  return entries
    .map((entry) => ({ entry, value: value(entry, key) }))
    .sort((a, b) => {
      if (a.value === undefined || b.value === undefined) {
        if (a.value !== undefined) return -1;
        if (b.value !== undefined) return 1;
      } else if (a.value !== b.value) return sign * (a.value - b.value);
      return collator.compare(a.entry.title, b.entry.title);
    })
    .map(({ entry }) => entry);
}
