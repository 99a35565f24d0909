/**
 * The finder's state as text: its attributes and the page URL's query (`sync-url`) use the same
 * names, read and written by these pure functions (tested without the DOM).
 */
import {
  EDUCATION,
  EXPERIENCE,
  GROWTH,
  NEW_JOBS,
  TRAINING,
  termKey,
} from '../../data/vocabulary.js';
import type { FinderFilters } from './finder.filter.js';
import { parseSortKey, type FinderSortKey, type SortOrder } from './finder.sort.js';

export interface FinderState extends FinderFilters {
  sort?: FinderSortKey;
  order?: SortOrder;
}

/** The URL parameter of each part of the state (the attribute's name; the search is `q`). */
export const PARAMS = {
  query: 'q',
  education: 'education',
  experience: 'experience',
  training: 'training',
  growth: 'growth',
  minPay: 'min-pay',
  maxPay: 'max-pay',
  newJobs: 'new-jobs',
  sort: 'sort',
  order: 'order',
} as const satisfies Record<keyof FinderState, string>;

/** A pay bound: a whole number of dollars of at least 0, or undefined. */
export function payBound(value: unknown): number | undefined {
  if (value === null || value === undefined || value === '') return undefined;
  const number = typeof value === 'number' ? value : Number(String(value).replace(/[$,\s]/g, ''));
  return Number.isFinite(number) && number >= 0 ? Math.round(number) : undefined;
}

/** The state a set of raw values describes (attributes or URL parameters); junk is dropped. */
export function readState(raw: Partial<Record<keyof FinderState, unknown>>): FinderState {
  const text = (value: unknown) => (typeof value === 'string' ? value : undefined);
  const order = text(raw.order);
  return {
    query: text(raw.query) || undefined,
    education: termKey(EDUCATION, text(raw.education)),
    experience: termKey(EXPERIENCE, text(raw.experience)),
    training: termKey(TRAINING, text(raw.training)),
    growth: termKey(GROWTH, text(raw.growth)),
    minPay: payBound(raw.minPay),
    maxPay: payBound(raw.maxPay),
    newJobs: Object.keys(NEW_JOBS).find((key) => key === text(raw.newJobs)),
    sort: parseSortKey(text(raw.sort)),
    order: order === 'asc' || order === 'desc' ? order : undefined,
  };
}

/** The state in a URL's query: the parameters present (the others keep the element's values). */
export function stateFromParams(params: URLSearchParams): Partial<FinderState> {
  const raw: Partial<Record<keyof FinderState, string>> = {};
  for (const [key, name] of Object.entries(PARAMS) as [keyof FinderState, string][]) {
    const value = params.get(name);
    if (value !== null) raw[key] = value;
  }
  const state = readState(raw);
  return Object.fromEntries(
    Object.keys(raw).map((key) => [key, state[key as keyof FinderState]]),
  ) as Partial<FinderState>;
}

/** `params` with the state written in (parameters of unset parts removed, others untouched). */
export function writeParams(params: URLSearchParams, state: FinderState): URLSearchParams {
  const next = new URLSearchParams(params);
  for (const [key, name] of Object.entries(PARAMS) as [keyof FinderState, string][]) {
    const value = state[key];
    if (value === undefined || value === '') next.delete(name);
    else next.set(name, String(value));
  }
  return next;
}
