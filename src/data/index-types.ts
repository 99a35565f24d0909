/**
 * The dataset's index (`data/index.json`): one entry per profile file, for pickers, the finder and
 * anything else that searches the occupations without loading every profile.
 */
import type { Money } from './types.js';

export interface OccupationIndex {
  schemaVersion: 1;
  /** e.g. "2024-34" (the projections cycle). */
  edition?: string;
  /** e.g. "Employment Projections 2024-34; OEWS May 2024". */
  source?: string;
  occupations: IndexEntry[];
  /** Old SOC 2010 codes to the current profiles' slugs that cover them (`"29-2071": ["29-2072", "29-9021"]`). */
  soc2010?: Record<string, string[]>;
}

export interface IndexEntry {
  title: string;
  /** The file's stem: the OOH slug for a Handbook profile, the SOC code for a numbers-only one. */
  slug: string;
  /** The profile's file, relative to the index. */
  file: string;
  /** `profile`: a full Handbook profile (all tabs); `occupation`: numbers only, from BLS's tables. */
  kind: 'profile' | 'occupation';
  soc: string[];
  /** BLS's page for it (http(s)). */
  url?: string;
  /** For a numbers-only entry: the slug of the Handbook profile that covers it. */
  coveredBy?: string;
  /** The OOH occupation group, e.g. "Healthcare". */
  group?: string;
  medianPay?: { annual?: Money; hourly?: Money };
  /** BLS's typical entry-level education, work experience and on-the-job training (their fixed vocabularies). */
  education?: string;
  experience?: string;
  training?: string;
  jobs?: number;
  outlookPercent?: number;
  outlookPhrase?: string;
  employmentChange?: number;
  openings?: number;
}
