/**
 * Every text the elements write, in English, in groups: an element ships only the groups it
 * uses (its `english`). Profile content is shown as given.
 */
import { enProfile } from './en.profile.js';
import { enCharts, enEmployers, enOutlook, enPay, enSimilar } from './en.tabs.js';

import { enCompare, enFinder, enIndex } from './en.finder.js';

export * from './en.profile.js';
export * from './en.tabs.js';
export * from './en.finder.js';

/** Every element: loading, errors, the source note, money. */
export const enCore = {
  occupationColumn: 'Occupation',
  notAvailable: 'Not available',
  loading: 'Loading occupation profile…',
  missingSource:
    'Set the src attribute to the URL of an occupation profile (JSON), or the data property to a profile object.',
  errorTitle: 'This occupation profile could not be shown',
  errorUrl: 'Profile URL',
  /** What failed, for each kind of error (`OccDataError.kind`). */
  errors: {
    http: (url: string, status: number, statusText = '') =>
      `HTTP ${status}${statusText ? ` ${statusText}` : ''} for ${url}`,
    network: (url: string) =>
      `Could not reach ${url} (network error, or blocked by the server's CORS policy)`,
    invalidUrl: (src: string) => `"${src}" is not a valid URL`,
    timeout: (url: string, seconds: number) => `No answer from ${url} within ${seconds} s`,
    empty: (url: string) => `${url} returned an empty body, not JSON`,
    html: (url: string) => `${url} returned an HTML page, not JSON`,
    json: (url: string, reason: string) => `${url} is not valid JSON: ${reason}`,
    /** What a reader sees for a body that is not JSON (the parser's words go to the console). */
    unreadable: (url: string) => `${url} could not be read as an occupation profile.`,
    /** What a reader sees for a contract fault (the validator's path and value go to the console). */
    invalid:
      'Its data is incomplete or not in the expected form (the details are in the browser console).',
  },
  orMore: (money: string) => `${money} or more`,
  /** The one-line source note under every element. */
  sourceNote: (parts: string[]) => `Source: ${parts.join('; ')}`,
  projectionsPeriod: (period: string) => `projections ${period}`,
  wagesPeriod: (period: string) => `wages ${period}`,
};

/** Labels of figures that several elements quote: quick facts, outlook, similar occupations. */
export const enFigures = {
  /**
   * BLS's fixed phrases (education, work experience, training, outlook) in the page's language;
   * English shows them as the data gives them.
   */
  vocabulary: (text: string) => text,
  medianPay: (year?: number) => (year ? `${year} Median Pay` : 'Median Pay'),
  employmentChange: (period?: string) =>
    period ? `Employment Change, ${period}` : 'Employment Change',
};

/**
 * A numbers-only profile (a SOC code the Handbook describes in a broader profile): <occ-profile>'s
 * header, and <occ-employers> and <occ-similar> when they have nothing of their own to show.
 */
export const enCoveredBy = {
  /** Before the link to the Handbook profile that covers the occupation. */
  coveredBy: 'Described in the Handbook profile',
};

/** <occ-quick-facts> (and the similar table's pay column). */
export const enQuickFacts = {
  quickFactsTitle: (title: string) => `Quick Facts: ${title}`,
  perYear: (money: string) => `${money} per year`,
  perHour: (money: string) => `${money} per hour`,
  noQuickFacts: 'No quick facts in this profile.',
  entryLevelEducation: 'Typical Entry-Level Education',
  workExperience: 'Work Experience in a Related Occupation',
  onTheJobTraining: 'On-the-job Training',
  jobs: (year?: number) => (year ? `Number of Jobs, ${year}` : 'Number of Jobs'),
  outlook: (period?: string) => (period ? `Job Outlook, ${period}` : 'Job Outlook'),
};

/** Every text the elements write, in English. */
export const en = {
  ...enCore,
  ...enFigures,
  ...enQuickFacts,
  ...enCharts,
  ...enPay,
  ...enOutlook,
  ...enProfile,
  ...enCoveredBy,
  ...enEmployers,
  ...enSimilar,
  ...enIndex,
  ...enFinder,
  ...enCompare,
};

export type Strings = typeof en;
export type CoreStrings = typeof enCore;
export type FiguresStrings = typeof enFigures;
export type QuickFactsStrings = typeof enQuickFacts;
export type ChartsStrings = typeof enCharts;
export type PayStrings = typeof enPay;
export type OutlookStrings = typeof enOutlook;
export type ProfileStrings = typeof enProfile;
export type EmployersStrings = typeof enEmployers;
export type SimilarStrings = typeof enSimilar;
export type IndexStrings = typeof enIndex;
export type FinderStrings = typeof enFinder;
export type CompareStrings = typeof enCompare;
