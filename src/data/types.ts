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
  /** The occupation's page (BLS's OOH page for a Handbook profile). */
  url?: string;
  /** The profile's slug: the OOH page's (`medical-records-specialists`), or the SOC code for a numbers-only profile. */
  slug?: string;
  /** The OOH occupation group, e.g. "Healthcare". */
  group?: string;
  /** For a numbers-only profile: the Handbook profile that covers this occupation. */
  coveredBy?: Link;
}

/** A link in the data: `href` is the page a reader goes to (BLS's by default); `slug` names our profile of it, if we have one. */
export interface Link {
  text: string;
  href: string;
  slug?: string;
}

/** Rich text: plain text, or runs of text and links. Renderers show only http(s) and relative `href`s as links. */
export type Inline = string | Link;
export type RichText = string | Inline[];

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
  /** The outlook phrase, e.g. "Much faster than average". */
  phrase?: string;
  /** Projected openings each year, on average, over the decade. */
  openingsPerYear?: number;
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
  /** Our profile of it, when the dataset has one. */
  slug?: string;
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
  { type: 'paragraph' | 'heading'; text: RichText } | { type: 'list'; items: RichText[] };

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
  /** Our profile of it, when the contact is another Handbook profile. */
  slug?: string;
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
