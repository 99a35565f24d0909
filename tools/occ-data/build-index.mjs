// @ts-check
import { GENERATOR } from './generator.mjs';

/**
 * One line of `index.json`: what an occupation picker or search needs without loading profiles.
 * @typedef {object} IndexEntry
 * @property {string} soc
 * @property {string} title
 * @property {string} file profile file name, relative to index.json
 * @property {number | { atLeast: number }} [medianAnnualPay]
 * @property {number} [outlookPercent] projected percent change, rounded as BLS shows it
 */

/**
 * @param {any} profile a generated or hand-made profile
 * @param {string} file its file name
 * @returns {IndexEntry}
 */
export function indexEntry(profile, file) {
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
 * @param {IndexEntry[]} entries
 * @param {string} edition
 * @returns {string}
 */
export function formatIndex(entries, edition) {
  const sorted = [...entries].sort((a, b) => a.soc.localeCompare(b.soc));
  const lines = sorted.map((entry) => `    ${JSON.stringify(entry)}`);
  // The fields before "occupations", without the closing "\n}".
  const head = JSON.stringify({ schemaVersion: 1, generator: GENERATOR, edition }, null, 2);
  return `${head.slice(0, -2)},\n  "occupations": [\n${lines.join(',\n')}\n  ]\n}\n`;
}
