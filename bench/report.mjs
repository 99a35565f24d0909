// @ts-check
// Checks the budgets of issue 14, writes bench/results.json and bench/results.md, prints the
// table, and returns the budgets that were missed.
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { formatAs } from '../scripts/format-as.mjs';
import { repoRoot } from './server.mjs';

/** Sizes are in KB of 1000 bytes; every size is also given in bytes. */
const KB = 1000;
export const BUDGETS = {
  /** A page with one element transfers at most this share of Chart.js's bar-chart parts. */
  pageOverChartJs: { 'quick-facts': 0.4, 'pay-chart': 0.8, profile: 1.0 },
  occOverFloor: 1.5,
  chartJsOverOcc: 4,
  highchartsOverOcc: 10,
  requests: 1,
  clsHead: 0,
  clsBody: 0.01,
  longTaskMs: 50,
};

const bytes = (/** @type {number} */ n) => `${n.toLocaleString('en-US')} B`;
const kb = (/** @type {number} */ n) => `${(n / KB).toFixed(1)} KB`;
const ms = (/** @type {number} */ n) => (n >= 100 ? `${Math.round(n)}` : n.toFixed(1));
const range = (/** @type {{ median: number, min: number, max: number }} */ s) =>
  `${ms(s.median)} (${ms(s.min)}–${ms(s.max)})`;
const mb = (/** @type {number} */ n) => `${(n / 1048576).toFixed(2)} MB`;
const mark = (/** @type {boolean} */ pass) => (pass ? 'met' : '**missed**');
const shift = (/** @type {number} */ n) => (n === 0 ? '0' : n.toFixed(4));

/** @param {any} results everything run.mjs measured */
export function checkBudgets(results) {
  const { size, compare, requests, cls, mainThread } = results;
  /** @type {{ budget: string, measured: string, pass: boolean }[]} */
  const budgets = [];
  const chartJs = size.peers.chartjs.gzip;
  for (const [name, share] of Object.entries(BUDGETS.pageOverChartJs)) {
    const element = size.elements.find((/** @type {any} */ e) => e.name === name);
    if (!element) continue;
    const ratio = element.gzip / chartJs;
    budgets.push({
      budget: `a page with one <occ-${name}> (loader included) at most ${share}x Chart.js's bar-chart parts (${bytes(Math.floor(share * chartJs))})`,
      measured: `${bytes(element.gzip)}, ${ratio.toFixed(2)}x`,
      pass: ratio <= share,
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
      budget: `100 <occ-pay-chart> at least ${BUDGETS.highchartsOverOcc}x faster than Highcharts + accessibility (D/B)`,
      measured: `${db}x`,
      pass: db >= BUDGETS.highchartsOverOcc,
    },
    {
      budget: `${BUDGETS.requests} request for one src shared by ${Object.values(requests.elements).reduce((a, b) => a + b, 0)} elements`,
      measured: `${requests.requests}`,
      pass: requests.requests === BUDGETS.requests,
    },
    {
      budget: `layout shift ${BUDGETS.clsHead}, element module in <head> (blocking="render"), worst of ${cls.profiles} profiles x every element x ${cls.widths.join(' and ')}`,
      measured: `${shift(cls.worst.head.worst.cls)} (<${cls.worst.head.tag}> ${cls.worst.head.worst.soc} at ${cls.worst.head.width} px)`,
      pass: cls.worst.head.worst.cls <= BUDGETS.clsHead,
    },
    {
      budget: `layout shift at most ${BUDGETS.clsBody}, stylesheet in <head> and loader at the end of <body>, worst of the same`,
      measured: `${shift(cls.worst.body.worst.cls)} (<${cls.worst.body.tag}> ${cls.worst.body.worst.soc} at ${cls.worst.body.width} px)`,
      pass: cls.worst.body.worst.cls <= BUDGETS.clsBody,
    },
    {
      budget: `no long task over ${BUDGETS.longTaskMs} ms on a page with one <occ-profile> (no CPU throttling; worst of ${mainThread.rounds} pages)`,
      measured: `longest ${Math.round(mainThread.unthrottled.longest)} ms`,
      pass: mainThread.unthrottled.longest <= BUDGETS.longTaskMs,
    },
  );
  return budgets;
}

/** What each budgeted page is made of: its files, gzip each. @param {any} size */
function budgetedPages(size) {
  return Object.keys(BUDGETS.pageOverChartJs).map((name) => {
    const element = size.elements.find((/** @type {any} */ e) => e.name === name);
    const files = element.files.map(
      (/** @type {any} */ f) => `${f.file.replace(/^dist\//, '')} ${bytes(f.gzip)}`,
    );
    return `A page with \`<${element.tag}>\` loads ${files.join(', ')}.`;
  });
}

/** @param {any} results @param {ReturnType<typeof checkBudgets>} budgets */
export function markdown(results, budgets) {
  const { environment: env, size, render, compare, requests, cls, mainThread, memory } = results;
  const chartJs = size.peers.chartjs.gzip;
  const lines = [];
  lines.push(
    `Taken ${env.date} on ${env.cpu} (${env.cores} cores, ${env.memoryGb} GB RAM), ${env.os}, ` +
      `Node ${env.node}, ${env.chromium} headless; load average ${env.loadAverage.start} at the ` +
      `start, ${env.loadAverage.end} at the end. \`npm run bench\`, ${env.durationSeconds} s. ` +
      `KB = 1000 bytes.`,
    '',
    `**Bytes a page transfers** (gzip, each file compressed on its own as a server sends it; the library's code only: the loader \`dist/occ-elements.js\`, then the element's module \`dist/browser/occ-<name>.js\` and the chunks it imports). Chart.js with only its bar-chart parts: ${bytes(chartJs)} (${kb(chartJs)}).`,
    '',
    '| a page with one | with the loader | × Chart.js | budget | the module alone | loaded later |',
    '| --- | --: | --: | --- | --: | --: |',
  );
  for (const element of size.elements) {
    const share = /** @type {Record<string, number>} */ (BUDGETS.pageOverChartJs)[element.name];
    const ratio = element.gzip / chartJs;
    lines.push(
      `| \`<${element.tag}>\` | ${bytes(element.gzip)} | ${ratio.toFixed(2)} | ${share === undefined ? '' : `≤ ${share}: ${mark(ratio <= share)}`} | ${bytes(element.moduleOnlyGzip)} | ${element.laterGzip ? `${bytes(element.laterGzip)} (the other tabs' elements)` : ''} |`,
    );
  }
  lines.push(
    `| the whole package (loader, every module and chunk, stylesheet; ${size.whole.files} files) | ${bytes(size.whole.gzip)} | ${(size.whole.gzip / chartJs).toFixed(2)} | | | |`,
    ...size.languages.map(
      (/** @type {any} */ l) =>
        `| \`${l.file}\` (only for a page or element in that language) | ${bytes(l.gzip)} | | | | |`,
    ),
    `| \`dist/occ-elements.css\` (the stylesheet; in the whole package) | ${bytes(size.stylesheet.gzip)} | | | | |`,
    '',
    ...budgetedPages(size),
    ...(size.d3?.withoutUncalled
      ? [
          '',
          `The d3 chunk is ${bytes(size.d3.gzip)}; ${bytes(size.d3.gzip - size.d3.withoutUncalled)} of it is ${size.d3.uncalled.map((/** @type {string} */ name) => `\`${name}\``).join(' and ')}, which \`d3-scale\`'s \`scaleLinear\` imports (its default interpolator parses colours; its \`tickFormat\` method formats with \`d3-format\`) and the elements never call: built with both empty, the d3 chunk is ${bytes(size.d3.withoutUncalled)}.`,
        ]
      : []),
    '',
    `Peers: ${size.peers.chartjs.what}: ${bytes(size.peers.chartjs.gzip)}; ${size.peers.highcharts.what}: ${bytes(size.peers.highcharts.gzip)}.`,
  );

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
    `**Layout shift while an element loads** (${cls.profiles} shipped profiles sampled from \`data/index.json\`, each page one element whose response is delayed ${cls.delayMs} ms, a line of text above and below; worst page, how many of the ${cls.profiles} shifted at all, and the mean; then the worst of the files that have what the element draws: a file without it shows a one-line notice in the placeholder's place)`,
    '',
    '| embed | width | element | worst | profile | pages shifted | mean | worst with the data (files with it) |',
    '| --- | --: | --- | --: | --- | --: | --: | --: |',
    ...cls.runs.map(
      (/** @type {any} */ r) =>
        `| ${r.embed === 'head' ? 'module in `<head>`, `blocking="render"`' : 'stylesheet in `<head>`, loader at the end of `<body>`'} | ${r.width} | \`<${r.tag}>\` | ${shift(r.worst.cls)} | ${r.worst.soc} | ${r.shifted} | ${shift(r.mean)} | ${r.withData?.worst ? `${shift(r.withData.worst.cls)} ${r.withData.worst.soc}` : '–'} (${r.withData?.profiles ?? '–'}) |`,
    ),
    '',
    `**Main thread, one \`<occ-profile>\`** (stylesheet and loader in \`<head>\`, the reference profile; from navigation until 3 s after it loaded, which covers the other tabs' elements it renders when idle; ${mainThread.rounds} fresh pages each)`,
    '',
    '| CPU | longest task (worst page) | long tasks over 50 ms (each page) | total blocking time (median) |',
    '| --- | --: | --- | --: |',
    ...[
      ['no throttling', mainThread.unthrottled],
      ['4x slower (DevTools throttling)', mainThread.throttled4x],
    ].map(
      ([name, m]) =>
        `| ${name} | ${Math.round(m.longest)} ms | ${m.runs.map((/** @type {any} */ r) => (r.longTasks.length ? r.longTasks.join(', ') : 'none')).join('; ')} | ${Math.round(m.tbt)} ms |`,
    ),
    '',
    `**Requests**: ${requests.requests} request for one \`src\` shared by ${Object.entries(
      requests.elements,
    )
      .map(([tag, n]) => `${n} \`<${tag}>\``)
      .join(', ')}.`,
  );
  if (render) {
    lines.push(
      '',
      `**Render time** (not budgeted; ms from just before the first element is created, data set through \`data\`, until two frames after the last one rendered; median (min–max) of ${render.rounds} fresh pages, 480 px wide; \`<occ-profile>\` includes the elements it composes)`,
      '',
      `| element | ${render.counts.map((/** @type {number} */ n) => `${n} instance${n > 1 ? 's' : ''}`).join(' | ')} |`,
      `| --- | ${render.counts.map(() => '--:').join(' | ')} |`,
      ...Object.entries(render.elements).map(
        ([tag, byCount]) =>
          `| \`<${tag}>\` | ${render.counts.map((/** @type {number} */ n) => range(/** @type {any} */ (byCount)[n])).join(' | ')} |`,
      ),
    );
  }
  if (memory) {
    lines.push(
      '',
      `**Memory** (not budgeted): JS heap of an empty page ${mb(memory.baseline.afterGc)} after GC; ` +
        Object.entries(memory.elements)
          .map(
            ([tag, heap]) =>
              `${tag === 'all' ? `${memory.count} of every element` : `${memory.count} \`<${tag}>\``} +${mb(/** @type {any} */ (heap).afterGc - memory.baseline.afterGc)}`,
          )
          .join(', ') +
        '.',
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

/** @param {any} results */
export async function report(results) {
  const budgets = checkBudgets(results);
  const mdFile = join(repoRoot, 'bench/results.md');
  // Formatted as the repository's Prettier config formats Markdown, so it can be pasted as is.
  const md = await formatAs(mdFile, markdown(results, budgets));
  await writeFile(
    join(repoRoot, 'bench/results.json'),
    `${JSON.stringify({ ...results, budgets }, null, 2)}\n`,
  );
  await writeFile(mdFile, md);
  console.log(`\n${md}`);
  return budgets.filter((b) => !b.pass);
}
