/**
 * The occupation data contract, version 1: one JSON document per occupation.
 * Mirrors `schema/occupation-profile.schema.json`. Only `schemaVersion`, `occupation.title` and
 * `occupation.soc` are required; every other section and field is optional, and unknown fields
 * are ignored. Text is always plain text, never HTML.
 */

/** A wage: a number, or a top-coded wage that BLS publishes only as "this much or more". */
export type Money = number | { atLeast: number };

export interface OccupationProfile {
  schemaVersion: 1;
  occupation: Occupation;
  source?: Source;
  quickFacts?: QuickFacts;
  pay?: Pay;
  outlook?: Outlook;
  employers?: Employers;
  similar?: SimilarOccupation[];
  sections?: Section[];
  contacts?: Contact[];
  glossary?: Glossary;
}

export interface Occupation {
  title: string;
  /** Standard Occupational Classification codes, e.g. `["29-2071"]`. */
  soc: string[];
  summary?: string;
  url?: string;
}

export interface Source {
  publisher?: string;
  title?: string;
  edition?: string;
  /** `YYYY-MM-DD` */
  lastModified?: string;
  citation?: string;
  dataUrl?: string;
}

export interface QuickFacts {
  medianPay?: { annual?: Money; hourly?: Money; year?: number };
  entryLevelEducation?: string;
  workExperience?: string;
  onTheJobTraining?: string;
  jobs?: { count?: number; year?: number };
  outlook?: { percent?: number; phrase?: string; startYear?: number; endYear?: number };
  employmentChange?: { count?: number; startYear?: number; endYear?: number };
}

export type PercentileKey = 'p10' | 'p25' | 'p50' | 'p75' | 'p90';
export type Percentiles = Partial<Record<PercentileKey, Money>>;

export interface Pay {
  /** The wage survey's reference period, e.g. "May 2018". */
  period?: string;
  medians?: { label: string; annual?: Money; hourly?: Money; focus?: boolean }[];
  percentiles?: { annual?: Percentiles; hourly?: Percentiles };
  industries?: { industry: string; annual?: Money; hourly?: Money }[];
}

export interface Outlook {
  startYear?: number;
  endYear?: number;
  averagePercent?: number;
  changes?: { label: string; percent: number; focus?: boolean }[];
  projections?: Projection[];
}

export interface Projection {
  title: string;
  soc?: string;
  employment?: number;
  projectedEmployment?: number;
  changePercent?: number;
  changeCount?: number;
}

export interface Employers {
  year?: number;
  industries?: { industry: string; percent?: number }[];
}

export interface SimilarOccupation {
  title: string;
  duties?: string;
  entryLevelEducation?: string;
  medianPay?: Money;
  url?: string;
}

/** The OOH tabs, in the OOH's order. */
export const SECTION_IDS = [
  'summary',
  'what-they-do',
  'work-environment',
  'how-to-become-one',
  'pay',
  'job-outlook',
  'state-and-area',
  'similar-occupations',
  'more-information',
] as const;
export type SectionId = (typeof SECTION_IDS)[number];

export type Block =
  { type: 'paragraph' | 'heading'; text: string } | { type: 'list'; items: string[] };

export interface Section {
  /** One of {@link SECTION_IDS}; other ids are kept but not shown. */
  id: string;
  title?: string;
  /** The OOH's "About this section" text. */
  about?: string;
  blocks?: Block[];
}

export interface Contact {
  name: string;
  url?: string;
  /** The sentence the contact is listed under, e.g. "For more information about cancer registrars, visit". */
  group?: string;
}

/** The terms a profile can define, one per quick fact. */
export const GLOSSARY_KEYS = [
  'medianPay',
  'entryLevelEducation',
  'workExperience',
  'onTheJobTraining',
  'jobs',
  'outlook',
  'employmentChange',
] as const;
export type GlossaryKey = (typeof GLOSSARY_KEYS)[number];
export type Glossary = Partial<Record<GlossaryKey, string>>;
