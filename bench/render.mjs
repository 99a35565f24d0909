// @ts-check
// Render time of every element, for 1, 10 and 100 instances given the profile through `data`:
// each measurement in a fresh incognito page (pages/render.html), repeated over rounds.
import { withPage } from './browser.mjs';
import { summarize } from './stats.mjs';

/**
 * @param {import('puppeteer-core').Browser} browser
 * @param {{
 *   pageUrl: (tag: string) => string,
 *   tags: string[],
 *   counts: number[],
 *   rounds: number,
 *   progress: (line: string) => void,
 * }} options
 */
export async function measureRender(browser, { pageUrl, tags, counts, rounds, progress }) {
  /** @type {Record<string, Record<number, number[]>>} */
  const runs = Object.fromEntries(tags.map((tag) => [tag, {}]));
  /** @type {Record<string, Record<number, unknown>>} */
  const census = Object.fromEntries(tags.map((tag) => [tag, {}]));
  /** @type {string[]} */
  const problems = [];
  for (let round = 1; round <= rounds; round += 1) {
    for (const tag of tags) {
      for (const count of counts) {
        const result = await withPage(browser, pageUrl(tag), (page) =>
          page.evaluate(
            (tag, count) => /** @type {any} */ (globalThis).bench.render(tag, count),
            tag,
            count,
          ),
        );
        (runs[tag][count] ??= []).push(result.ms);
        census[tag][count] = result.census;
        const { withProfile, elements, errors, placeholders } = result.census;
        if (withProfile !== elements || errors || placeholders) {
          problems.push(`${tag} x${count}: ${JSON.stringify(result.census)}`);
        }
      }
      const times = counts.map((count) => `${count}: ${Math.round(runs[tag][count].at(-1))} ms`);
      progress(`render: round ${round}/${rounds} ${tag} ${times.join(', ')}`);
    }
  }
  return {
    rounds,
    counts,
    elements: Object.fromEntries(
      tags.map((tag) => [
        tag,
        Object.fromEntries(
          counts.map((count) => [
            count,
            { ...summarize(runs[tag][count]), census: census[tag][count] },
          ]),
        ),
      ]),
    ),
    problems,
  };
}
