import type { OccupationProfile } from '../../src/data/types.js';
import { GENERATOR } from './generator.js';

/**
 * One line of `index.json`: what an occupation picker or search needs without loading profiles.
 */
export interface IndexEntry {
  soc: string;
  title: string;
  /** profile file name, relative to index.json */
  file: string;
  medianAnnualPay?: number | { atLeast: number };
  /** projected percent change, rounded as BLS shows it */
  outlookPercent?: number;
}

/**
 * @param profile a generated or hand-made profile
 * @param file its file name
 */
export function indexEntry(profile: OccupationProfile, file: string): IndexEntry {
  return {
    soc: profile.occupation.soc[0],
    title: profile.occupation.title,
    file,
    medianAnnualPay: profile.quickFacts?.medianPay?.annual,
    outlookPercent: profile.quickFacts?.outlook?.percent,
  };
}

/**
 * The text of `index.json`, sorted by SOC code, one occupation per line: compact for the
 * browser, and a rebuild's diff shows which occupations changed.
 */
export function formatIndex(entries: IndexEntry[], edition: string): string {
  const sorted = [...entries].sort((a, b) => a.soc.localeCompare(b.soc));
  const lines = sorted.map((entry) => `    ${JSON.stringify(entry)}`);
  // The fields before "occupations", without the closing "\n}".
  const head = JSON.stringify({ schemaVersion: 1, generator: GENERATOR, edition }, null, 2);
  return `${head.slice(0, -2)},\n  "occupations": [\n${lines.join(',\n')}\n  ]\n}\n`;
}
