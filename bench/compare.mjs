// @ts-check
// The same chart (the reference profile's three median-pay bars, 480x200), 100 copies, drawn by
// (A) hand-written SVG, (B) <occ-pay-chart>, (C) Chart.js, (D) Highcharts. Pages alternate
// A B C D A B C D … over the rounds, each in a fresh incognito browser context.
import { withPage } from './browser.mjs';
import { summarize } from './stats.mjs';

export const comparePages = /** @type {const} */ ([
  { key: 'A', id: 'svg', name: 'Hand-written SVG (no library, the floor)' },
  { key: 'B', id: 'occ', name: '<occ-pay-chart>' },
  { key: 'C', id: 'chartjs', name: 'Chart.js (bar parts only)' },
  { key: 'D', id: 'highcharts', name: 'Highcharts + accessibility' },
]);

/**
 * @param {import('puppeteer-core').Browser} browser
 * @param {{ origin: string, count: number, rounds: number, progress: (line: string) => void }} options
 */
export async function measureCompare(browser, { origin, count, rounds, progress }) {
  /** @type {Record<string, number[]>} */
  const runs = Object.fromEntries(comparePages.map((page) => [page.key, []]));
  /** @type {Record<string, unknown>} */
  const details = {};
  /** @type {string[]} */
  const problems = [];
  for (let round = 1; round <= rounds; round += 1) {
    const line = [];
    for (const { key, id } of comparePages) {
      const url = `${origin}/bench/pages/compare-${id}.html`;
      const result = await withPage(browser, url, (page) =>
        page.evaluate((count) => /** @type {any} */ (globalThis).bench.render(count), count),
      );
      runs[key]?.push(result.ms);
      if (result.drawn !== count) problems.push(`${key}: drew ${result.drawn} of ${count} charts`);
      if (result.size) details[key] = { svgSize: result.size };
      line.push(`${key} ${Math.round(result.ms)} ms`);
    }
    progress(`compare: round ${round}/${rounds}: ${line.join(', ')}`);
  }
  const pages = Object.fromEntries(
    comparePages.map(({ key, id, name }) => [
      key,
      { id, name, ...summarize(runs[key] ?? []), .../** @type {object} */ (details[key] ?? {}) },
    ]),
  );
  const ratio = (/** @type {string} */ a, /** @type {string} */ b) =>
    Math.round((pages[a].median / pages[b].median) * 100) / 100;
  return {
    count,
    rounds,
    order: comparePages.map((page) => page.key).join(' '),
    pages,
    ratios: { 'B/A': ratio('B', 'A'), 'C/B': ratio('C', 'B'), 'D/B': ratio('D', 'B') },
    problems,
  };
}
