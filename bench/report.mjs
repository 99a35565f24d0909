// @ts-check
// Checks the budgets, writes bench/results.json and bench/results.md (the table for the README),
// prints the table, and returns the budgets that were missed.
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import * as prettier from 'prettier';
import { repoRoot } from './server.mjs';

/** Sizes are in KB of 1000 bytes; every size is also given in bytes. */
const KB = 1000;
export const BUDGETS = {
  bundleGzip: 25 * KB,
  elementGzip: 18 * KB,
  occOverFloor: 1.5,
  chartJsOverOcc: 4,
  highchartsOverOcc: 10,
  requests: 1,
  cls: 0,
};

const bytes = (/** @type {number} */ n) => `${n.toLocaleString('en-US')} B`;
const kb = (/** @type {number} */ n) => `${(n / KB).toFixed(1)} KB`;
const ms = (/** @type {number} */ n) => (n >= 100 ? `${Math.round(n)}` : n.toFixed(1));
const range = (/** @type {{ median: number, min: number, max: number }} */ s) =>
  `${ms(s.median)} (${ms(s.min)}–${ms(s.max)})`;
const mb = (/** @type {number} */ n) => `${(n / 1048576).toFixed(2)} MB`;
const mark = (/** @type {boolean} */ pass) => (pass ? 'pass' : '**MISSED**');

/**
 * @param {any} results everything run.mjs measured
 */
export function checkBudgets(results) {
  const { size, compare, requests, cls } = results;
  /** @type {{ budget: string, measured: string, pass: boolean }[]} */
  const budgets = [];
  budgets.push({
    budget: `dist/occ-elements.js (every element, Lit and d3 included) at most ${kb(BUDGETS.bundleGzip)} gzip`,
    measured: `${bytes(size.full.gzip)} (${kb(size.full.gzip)})`,
    pass: size.full.gzip <= BUDGETS.bundleGzip,
  });
  for (const element of size.elements) {
    if (element.gzip === undefined) continue;
    budgets.push({
      budget: `<occ-${element.name}> module with its dependencies at most ${kb(BUDGETS.elementGzip)} gzip`,
      measured: `${bytes(element.gzip)} (${kb(element.gzip)})`,
      pass: element.gzip <= BUDGETS.elementGzip,
    });
  }
  const { 'B/A': ba, 'C/B': cb, 'D/B': db } = compare.ratios;
  budgets.push(
    {
      budget: `100 <occ-pay-chart> within ${BUDGETS.occOverFloor}x the hand-written SVG floor (B/A)`,
      measured: `${ba}x`,
      pass: ba <= BUDGETS.occOverFloor,
    },
    {
      budget: `100 <occ-pay-chart> at least ${BUDGETS.chartJsOverOcc}x faster than Chart.js (C/B)`,
      measured: `${cb}x`,
      pass: cb >= BUDGETS.chartJsOverOcc,
    },
    {
      budget: `100 <occ-pay-chart> at least ${BUDGETS.highchartsOverOcc}x faster than Highcharts (D/B)`,
      measured: `${db}x`,
      pass: db >= BUDGETS.highchartsOverOcc,
    },
    {
      budget: `${BUDGETS.requests} request per URL (${Object.values(requests.elements).reduce((a, b) => a + b, 0)} elements sharing one src)`,
      measured: `${requests.requests}`,
      pass: requests.requests === BUDGETS.requests,
    },
    {
      budget: `layout shift ${BUDGETS.cls} while every element loads over a delayed response`,
      measured: cls.clsWholePage === 0 ? '0' : cls.clsWholePage.toFixed(5),
      pass: cls.clsWholePage === BUDGETS.cls,
    },
  );
  return budgets;
}

/** @param {any} results @param {ReturnType<typeof checkBudgets>} budgets */
export function markdown(results, budgets) {
  const { environment: env, size, render, compare, requests, cls, memory } = results;
  const lines = [];
  lines.push(
    `Taken ${env.date} on ${env.cpu} (${env.cores} cores, ${env.memoryGb} GB RAM), ${env.os}, ` +
      `Node ${env.node}, ${env.chromium} headless; load average ${env.loadAverage.start} at the ` +
      `start, ${env.loadAverage.end} at the end. \`npm run bench\`, ${env.durationSeconds} s. ` +
      `KB = 1000 bytes.`,
    '',
    '**Transfer size** (gzip; an element module is bundled with its dependencies, as a bundler user importing only it would ship it)',
    '',
    '| module | minified | gzip | budget |',
    '| --- | --: | --: | --- |',
    `| \`dist/occ-elements.js\` (every element, Lit and d3) | ${bytes(size.full.bytes)} | ${bytes(size.full.gzip)} (${kb(size.full.gzip)}) | ≤ ${kb(BUDGETS.bundleGzip)}: ${mark(size.full.gzip <= BUDGETS.bundleGzip)} |`,
  );
  for (const chunk of size.chunks ?? []) {
    lines.push(
      `| \`${chunk.file}\` (loaded only by a page or element in that language) | ${bytes(chunk.bytes)} | ${bytes(chunk.gzip)} (${kb(chunk.gzip)}) | |`,
    );
  }
  for (const element of size.elements) {
    lines.push(
      element.gzip === undefined
        ? `| \`<occ-${element.name}>\` | does not build: ${element.error} | | skipped |`
        : `| \`<occ-${element.name}>\` (\`${element.entry}\`)${element.laterGzip ? `; its tabs' elements load later: + ${bytes(element.laterGzip)} (${kb(element.laterGzip)})` : ''} | ${bytes(element.bytes)} | ${bytes(element.gzip)} (${kb(element.gzip)}) | ≤ ${kb(BUDGETS.elementGzip)}: ${mark(element.gzip <= BUDGETS.elementGzip)} |`,
    );
  }
  const c = size.comparison;
  lines.push(
    '',
    '**What each comparison page loads** (gzip)',
    '',
    '| page | what | gzip |',
    '| --- | --- | --: |',
    `| B \`<occ-pay-chart>\` | ${c.occ.what} | ${bytes(c.occ.gzip)} (${kb(c.occ.gzip)}) |`,
    `| C Chart.js | ${c.chartjs.what} | ${bytes(c.chartjs.gzip)} (${kb(c.chartjs.gzip)}) |`,
    `| D Highcharts | ${c.highcharts.what} | ${bytes(c.highcharts.gzip)} (${kb(c.highcharts.gzip)}) |`,
    '',
    `**Render time** (ms from just before the first element is created, data set through \`data\`, until two frames after the last one rendered; median (min–max) of ${render.rounds} fresh pages, 480 px wide; \`<occ-profile>\` includes the elements it composes)`,
    '',
    `| element | ${render.counts.map((n) => `${n} instance${n > 1 ? 's' : ''}`).join(' | ')} |`,
    `| --- | ${render.counts.map(() => '--:').join(' | ')} |`,
  );
  for (const [tag, byCount] of Object.entries(render.elements)) {
    const note = results.standalone?.includes(tag) ? ' ¹' : '';
    lines.push(
      `| \`<${tag}>\`${note} | ${render.counts.map((n) => range(/** @type {any} */ (byCount)[n])).join(' | ')} |`,
    );
  }
  if (results.standalone?.length) {
    lines.push(
      '',
      `¹ Not defined by \`dist/occ-elements.js\` when measured: loaded from its own module (bundled as above).`,
    );
  }
  const p = compare.pages;
  lines.push(
    '',
    `**${compare.count} copies of the same chart** (the reference profile's three median-pay bars, occupation highlighted, money labels, 480x200; ${compare.rounds} rounds alternating ${compare.order}, each page in a fresh browser context; ms)`,
    '',
    '| page | median | min–max | ratio |',
    '| --- | --: | --: | --- |',
    `| A hand-written SVG, no library (the floor) | ${ms(p.A.median)} | ${ms(p.A.min)}–${ms(p.A.max)} | |`,
    `| B \`<occ-pay-chart hide-distribution hide-industries hide-source>\`${p.B.svgSize ? ` (SVG ${p.B.svgSize})` : ''} | ${ms(p.B.median)} | ${ms(p.B.min)}–${ms(p.B.max)} | B/A ${compare.ratios['B/A']} (≤ ${BUDGETS.occOverFloor}: ${mark(compare.ratios['B/A'] <= BUDGETS.occOverFloor)}) |`,
    `| C Chart.js, bar parts only, animation off | ${ms(p.C.median)} | ${ms(p.C.min)}–${ms(p.C.max)} | C/B ${compare.ratios['C/B']} (≥ ${BUDGETS.chartJsOverOcc}: ${mark(compare.ratios['C/B'] >= BUDGETS.chartJsOverOcc)}) |`,
    `| D Highcharts + accessibility, animation off | ${ms(p.D.median)} | ${ms(p.D.min)}–${ms(p.D.max)} | D/B ${compare.ratios['D/B']} (≥ ${BUDGETS.highchartsOverOcc}: ${mark(compare.ratios['D/B'] >= BUDGETS.highchartsOverOcc)}) |`,
    '',
    '**Requests, layout shift, memory**',
    '',
    '| measure | result | budget |',
    '| --- | --- | --- |',
    `| requests for one \`src\` shared by ${Object.entries(requests.elements)
      .map(([tag, n]) => `${n} \`<${tag}>\``)
      .join(
        ', ',
      )} | ${requests.requests} | ${BUDGETS.requests}: ${mark(requests.requests === BUDGETS.requests)} |`,
    `| cumulative layout shift of the whole page, every element loading over a ${cls.delayMs} ms delayed response, library in \`<head>\` as the README embeds it | ${cls.clsWholePage === 0 ? '0' : cls.clsWholePage.toFixed(5)} | ${BUDGETS.cls}: ${mark(cls.clsWholePage === BUDGETS.cls)} |`,
    ...(results.clsLate
      ? [
          `| the same page with the library imported late by the page's script (not the README's embed): the tags paint empty, then take their placeholders' height | ${results.clsLate.clsWholePage === 0 ? '0' : results.clsLate.clsWholePage.toFixed(5)} | (not budgeted) |`,
        ]
      : []),
    `| JS heap, empty page | ${mb(memory.baseline.beforeGc)}; after GC ${mb(memory.baseline.afterGc)} | |`,
  );
  for (const [tag, heap] of Object.entries(memory.elements)) {
    const name =
      tag === 'all'
        ? `${memory.count} of every element in one page`
        : `${memory.count} \`<${tag}>\``;
    lines.push(
      `| JS heap, ${name} | ${mb(heap.beforeGc)}; after GC ${mb(heap.afterGc)} (+${mb(heap.afterGc - memory.baseline.afterGc)} over the empty page) | |`,
    );
  }
  const missed = budgets.filter((b) => !b.pass);
  lines.push(
    '',
    `**Budgets**: ${budgets.length - missed.length} of ${budgets.length} met.`,
    '',
    ...budgets.map((b) => `- ${b.pass ? 'met' : '**missed**'}: ${b.budget}: ${b.measured}`),
    '',
  );
  return lines.join('\n');
}

/**
 * @param {any} results
 */
export async function report(results) {
  const budgets = checkBudgets(results);
  const mdFile = join(repoRoot, 'bench/results.md');
  // Formatted as the repository's Prettier config formats Markdown, so it can be pasted as is.
  const md = await prettier.format(markdown(results, budgets), {
    ...(await prettier.resolveConfig(mdFile)),
    filepath: mdFile,
  });
  await writeFile(
    join(repoRoot, 'bench/results.json'),
    `${JSON.stringify({ ...results, budgets }, null, 2)}\n`,
  );
  await writeFile(mdFile, md);
  console.log(`\n${md}`);
  return budgets.filter((b) => !b.pass);
}
