// @ts-check
// `npm run bench` (after `npm run build`): the budgets of issue 14, measured in one run with the
// peers, in headless Chromium:
//  - bytes a page with one element transfers, and the whole package, against Chart.js with only
//    its bar-chart parts (size.mjs);
//  - 100 pay charts against hand-written SVG, Chart.js and Highcharts + accessibility, in
//    alternating rounds (compare.mjs);
//  - layout shift over a sample of shipped profiles, every element, two widths, two embeds
//    (cls.mjs);
//  - long tasks and total blocking time on a page with one <occ-profile> (main-thread.mjs);
//  - requests for one src shared by many elements (requests.mjs);
// and, not budgeted, render times and memory. Writes bench/results.json and bench/results.md,
// prints the table, and exits 1 listing every missed budget. Not part of `npm test`.
//
// BENCH_COMPARE_ROUNDS (default 7, at least 5), BENCH_PROFILES (profiles sampled for layout
// shift, default 50), BENCH_MAIN_ROUNDS (default 3) and BENCH_RENDER_ROUNDS (default 2; 0 leaves
// render times and memory out) set the rounds.
import { availableParallelism, cpus, loadavg, release, totalmem, type } from 'node:os';
import { launch } from './browser.mjs';
import { measureCls } from './cls.mjs';
import { measureCompare } from './compare.mjs';
import { measureMainThread } from './main-thread.mjs';
import { measureMemory } from './memory.mjs';
import { profileCompare } from './profile.mjs';
import { report, BUDGETS } from './report.mjs';
import { measureRender } from './render.mjs';
import { measureRequests } from './requests.mjs';
import { repoRoot, startServer } from './server.mjs';
import { measureSizes } from './size.mjs';

process.chdir(repoRoot);
const started = Date.now();
const progress = (/** @type {string} */ line) =>
  console.log(`[${String(Math.round((Date.now() - started) / 1000)).padStart(3)} s] ${line}`);
const setting = (/** @type {string} */ name, /** @type {number} */ fallback, min = 0) =>
  Math.max(min, Number(process.env[name] ?? fallback));
const compareRounds = setting('BENCH_COMPARE_ROUNDS', 7, 5);
const profiles = setting('BENCH_PROFILES', 50, 1);
const mainRounds = setting('BENCH_MAIN_ROUNDS', 3, 1);
const renderRounds = setting('BENCH_RENDER_ROUNDS', 2);
const load = () =>
  loadavg()
    .map((value) => value.toFixed(2))
    .join(' / ');
const loadAtStart = load();

const size = await measureSizes(progress);
const server = await startServer();
const browser = await launch();
try {
  const compare = await measureCompare(browser, {
    origin: server.origin,
    count: 100,
    rounds: compareRounds,
    progress,
  });
  const cls = await measureCls(browser, { origin: server.origin, profiles, progress });
  const mainThread = await measureMainThread(browser, {
    origin: server.origin,
    rounds: mainRounds,
    progress,
  });
  const requests = await measureRequests(browser, {
    url: `${server.origin}/bench/pages/requests.html`,
    log: server.log,
    progress,
  });
  const tags = size.elements.map((element) => element.tag);
  const renderUrl = () => `${server.origin}/bench/pages/render.html`;
  const render = renderRounds
    ? await measureRender(browser, {
        pageUrl: renderUrl,
        tags,
        counts: [1, 10, 100],
        rounds: renderRounds,
        progress,
      })
    : undefined;
  const memory = renderRounds
    ? await measureMemory(browser, { pageUrl: renderUrl, tags, count: 100, progress })
    : undefined;

  // A missed render budget: profile the pages to show where the time goes.
  const { 'B/A': ba, 'C/B': cb, 'D/B': db } = compare.ratios;
  const renderMissed =
    ba > BUDGETS.occOverFloor || cb < BUDGETS.chartJsOverOcc || db < BUDGETS.highchartsOverOcc;
  const diagnostics = renderMissed
    ? await profileCompare(browser, { origin: server.origin, count: 100, progress })
    : undefined;

  const cpu = cpus()[0];
  const results = {
    environment: {
      date: new Date().toISOString().slice(0, 16).replace('T', ' ') + ' UTC',
      cpu: cpu?.model.trim() ?? 'unknown CPU',
      cores: availableParallelism(),
      memoryGb: Math.round(totalmem() / 1e8) / 10,
      os: `${type()} ${release()}`,
      node: process.version,
      chromium: (await browser.version()).replace(/^(Headless)?Chrome\//, 'Chromium '),
      loadAverage: { start: loadAtStart, end: load() },
      durationSeconds: Math.round((Date.now() - started) / 1000),
    },
    size: { ...size, generated: undefined },
    compare,
    cls,
    mainThread,
    requests,
    render,
    memory,
    diagnostics,
  };
  const missed = await report(results);

  if (diagnostics) {
    console.log(`\nCPU profile of ${diagnostics.cpu.file} (self time):`);
    for (const fn of diagnostics.cpu.functions.slice(0, 15)) {
      console.log(
        `  ${String(fn.selfMs).padStart(7)} ms self ${String(fn.totalMs).padStart(7)} ms total  ${fn.name}`,
      );
    }
    for (const [id, trace] of Object.entries(diagnostics.traces)) {
      const top = /** @type {any} */ (trace).activities.slice(0, 8);
      const kinds = Object.entries(/** @type {any} */ (trace).kinds)
        .map(([kind, ms]) => `${kind} ${ms} ms`)
        .join(', ');
      console.log(
        `\nMain thread, compare-${id} (busy ${/** @type {any} */ (trace).busyMs} ms: ${kinds}):`,
      );
      for (const a of top) console.log(`  ${String(a.selfMs).padStart(7)} ms  ${a.name}`);
    }
  }
  for (const embed of /** @type {const} */ (['head', 'body'])) {
    const worst = cls.worst[embed];
    if (!worst.worst.cls) continue;
    console.log(
      `\nWorst layout shift, ${embed} embed: <${worst.tag}> ${worst.worst.soc} at ${worst.width} px:`,
    );
    for (const entry of worst.worst.shifts) {
      console.log(
        `  at ${Math.round(entry.startTime)} ms: ${entry.value.toFixed(5)}: ${entry.sources.join('; ')}`,
      );
    }
  }
  const problems = [...compare.problems, ...(render?.problems ?? []), ...cls.errors];
  if (problems.length) console.log(`\nMeasurement problems:\n- ${problems.join('\n- ')}`);
  if (missed.length) {
    console.error(
      `\n${missed.length} budget(s) missed:\n- ${missed.map((b) => `${b.budget}: ${b.measured}`).join('\n- ')}`,
    );
    process.exitCode = 1;
  } else {
    console.log('\nEvery budget met.');
  }
  progress('done');
} finally {
  await browser.close();
  await server.close();
}
