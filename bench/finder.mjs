// @ts-check
// `npm run bench:finder`: <occ-finder> over the 809-entry test index (test/fixtures/index-large.json)
// in headless Chromium, from the built bundle (run `npm run build` first):
//  - each keystroke of a few searches, from the input event to the results on screen (budget 16 ms);
//  - the load and render of every row (in steps of 50), and the long tasks (> 50 ms) meanwhile
//    (budget: none).
// Writes bench/finder-results.md. `node bench/finder-trace.mjs` splits a render's long tasks.
// Also times the pure filter (filterEntries) in Node, without rendering.
import { existsSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { readFile, writeFile } from 'node:fs/promises';
import { launch, withPage } from './browser.mjs';
import { startServer } from './server.mjs';
import { summarize } from './stats.mjs';

const ROUNDS = 5;
const SEARCHES = ['registered nurse', 'software developer', '29-1141', 'manager'];

if (!existsSync('dist/occ-elements.js')) {
  console.error('bench:finder: dist/occ-elements.js is missing; run `npm run build` first.');
  process.exit(1);
}

const server = await startServer();
const browser = await launch();
const url = `${server.origin}/bench/pages/finder.html`;
try {
  /** @type {number[]} */
  const keystrokes = [];
  /** @type {number[]} */
  const firstMs = [];
  /** @type {number[]} */
  const allMs = [];
  /** @type {number[]} */
  const longTasks = [];

  let rows = 0;
  let firstRows = 0;
  for (let round = 1; round <= ROUNDS; round += 1) {
    for (const search of SEARCHES) {
      const { times } = await withPage(browser, url, (page) =>
        page.evaluate((text) => /** @type {any} */ (globalThis).bench.type(text), search),
      );
      keystrokes.push(...times);
    }
    const render = await withPage(browser, url, (page) =>
      page.evaluate(() => /** @type {any} */ (globalThis).bench.render()),
    );
    rows = render.rows;
    firstRows = render.firstRows;
    firstMs.push(render.firstMs);
    allMs.push(render.allMs);
    longTasks.push(...render.longTasks);

    console.log(
      `round ${round}/${ROUNDS}: keystroke max ${Math.round(Math.max(...keystrokes) * 10) / 10} ms; ` +
        `${render.rows} rows in ${Math.round(render.allMs)} ms; long tasks ${JSON.stringify(render.longTasks)}`,
    );
  }
  const keystroke = summarize(keystrokes);
  const p95 = [...keystrokes].sort((a, b) => a - b)[Math.floor(keystrokes.length * 0.95)] ?? 0;

  // The filter alone, in Node: each prefix of each search over the index, many times.
  const { filterEntries } = await import('../dist/elements/finder/finder.filter.js').catch(() => ({
    filterEntries: undefined,
  }));
  let filterLine = 'filter alone: dist/elements/finder/finder.filter.js not built';
  if (filterEntries) {
    const index = JSON.parse(await readFile('test/fixtures/index-large.json', 'utf8'));
    /** @type {number[]} */
    const filterTimes = [];
    for (let i = 0; i < 20; i += 1) {
      for (const search of SEARCHES) {
        for (let n = 1; n <= search.length; n += 1) {
          const start = performance.now();
          filterEntries(index.occupations, { query: search.slice(0, n), education: undefined });
          filterTimes.push(performance.now() - start);
        }
      }
    }
    const filter = summarize(filterTimes.slice(SEARCHES.join('').length)); // the first pass builds the keys
    filterLine = `filter alone (Node): median ${filter.median} ms, max ${filter.max} ms per keystroke`;
  }

  const lines = [
    `keystroke to results on screen: median ${keystroke.median} ms, p95 ${Math.round(p95 * 10) / 10} ms, max ${keystroke.max} ms (${keystrokes.length} keystrokes; budget 16 ms at p95: ${p95 < 16 ? 'met' : '**missed**'})`,
    filterLine,
    `render: first ${firstRows} rows in median ${summarize(firstMs).median} ms after the element is added (load, check and render of the index), all ${rows} rows in median ${summarize(allMs).median} ms`,
    `long tasks (> 50 ms) from adding the element to the last of ${rows} rows: ${longTasks.length} in ${ROUNDS} runs${longTasks.length ? `, longest ${Math.max(...longTasks)} ms (${longTasks.join(', ')})` : ''}`,
  ];
  console.log('\n<occ-finder>, 809 occupations (test/fixtures/index-large.json)');
  for (const line of lines) console.log(line);
  const [l1, l5, l15] = loadavg().map((n) => n.toFixed(2));
  await writeFile(
    'bench/finder-results.md',
    [
      `# \`npm run bench:finder\``,
      '',
      `Taken ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC on ${cpus()[0]?.model.trim()} (${cpus().length} cores; load average ${l1} / ${l5} / ${l15} at the end), Node ${process.version}, headless Chromium, 1280x900, the finder 1000 px wide; ${ROUNDS} rounds.`,
      '',
      `\`<occ-finder>\` over 809 occupations (test/fixtures/index-large.json):`,
      '',
      ...lines.map((line) => `- ${line}`),
      '',
    ].join('\n'),
  );
} finally {
  await browser.close();
  await server.close();
}
