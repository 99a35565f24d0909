import type { IndexEntry, OccupationIndex } from '../../src/data/index-types.js';
import type { OccupationProfile } from '../../src/data/types.js';
import { GENERATOR } from './generator.js';

export type { IndexEntry } from '../../src/data/index-types.js';

/**
 * One line of `index.json`: what an occupation picker or search needs without loading profiles
 * (see src/data/index-types.ts).
 * @param profile a generated or hand-made profile
 * @param file its file name
 */
export function indexEntry(profile: OccupationProfile, file: string): IndexEntry {
  const { occupation, quickFacts, outlook } = profile;
  const full = Boolean(profile.sections?.length);
  const entry: IndexEntry = {
    title: occupation.title,
    slug: file.replace(/\.json$/, ''),
    file,
    kind: full ? 'profile' : 'occupation',
    soc: occupation.soc,
    // A numbers-only occupation's page is the Handbook profile that covers it, if any.
    url: occupation.url ?? occupation.coveredBy?.href,
    coveredBy: occupation.coveredBy?.slug,
    group: occupation.group,
    medianPay: quickFacts?.medianPay && {
      annual: quickFacts.medianPay.annual,
      hourly: quickFacts.medianPay.hourly,
    },
    education: quickFacts?.entryLevelEducation,
    experience: quickFacts?.workExperience,
    training: quickFacts?.onTheJobTraining,
    jobs: quickFacts?.jobs?.count,
    outlookPercent: quickFacts?.outlook?.percent,
    outlookPhrase: quickFacts?.outlook?.phrase ?? outlook?.phrase,
    employmentChange: quickFacts?.employmentChange?.count,
    openings: outlook?.openingsPerYear,
  };
  return JSON.parse(JSON.stringify(entry)) as IndexEntry; // without the undefined fields
}

/**
 * The text of `index.json`: Handbook profiles first (by slug), then the occupations by SOC code,
 * one entry per line: compact for the browser, and a rebuild's diff shows which changed.
 */
export function formatIndex(
  entries: IndexEntry[],
  head: { edition?: string; source?: string; soc2010?: Record<string, string[]> },
): string {
  const bySoc = (entry: IndexEntry) => /^\d{2}-\d{4}$/.test(entry.slug);
  const sorted = [...entries].sort(
    (a, b) => Number(bySoc(a)) - Number(bySoc(b)) || a.slug.localeCompare(b.slug),
  );
  const index: Omit<OccupationIndex, 'occupations' | 'soc2010'> & { generator: string } = {
    schemaVersion: 1,
    generator: GENERATOR,
    ...(head.edition && { edition: head.edition }),
    ...(head.source && { source: head.source }),
  };
  const lines = (items: string[]) => items.map((item) => `    ${item}`).join(',\n');
  const parts = [JSON.stringify(index, null, 2).slice(0, -2)];
  parts.push(`  "occupations": [\n${lines(sorted.map((entry) => JSON.stringify(entry)))}\n  ]`);
  if (head.soc2010) {
    const codes = Object.entries(head.soc2010).map(
      ([code, files]) => `${JSON.stringify(code)}: ${JSON.stringify(files)}`,
    );
    parts.push(`  "soc2010": {\n${lines(codes)}\n  }`);
  }
  return `${parts.join(',\n')}\n}\n`;
}
