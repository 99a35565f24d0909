// @ts-check
// `npm run bench` (after `npm run build`): transfer sizes, render times, the side-by-side
// comparison with hand-written SVG, Chart.js and Highcharts, requests, layout shift and memory,
// in headless Chromium. Writes bench/results.json and bench/results.md, prints the table, and
// exits 1 listing every missed budget. Not part of `npm test`.
//
// BENCH_COMPARE_ROUNDS (default 9, at least 7) and BENCH_RENDER_ROUNDS (default 3) set the rounds.
import { readFileSync } from 'node:fs';
import { availableParallelism, cpus, loadavg, release, totalmem, type } from 'node:os';
import { join } from 'node:path';
import { launch, withPage } from './browser.mjs';
import { measureCls } from './cls.mjs';
import { measureCompare } from './compare.mjs';
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
const rounds = (/** @type {string} */ name, /** @type {number} */ fallback, min = 1) =>
  Math.max(min, Number(process.env[name] ?? fallback) || fallback);
const compareRounds = rounds('BENCH_COMPARE_ROUNDS', 9, 7);
const renderRounds = rounds('BENCH_RENDER_ROUNDS', 3);
const load = () =>
  loadavg()
    .map((value) => value.toFixed(2))
    .join(' / ');
const loadAtStart = load();

// The artefact `npm run build` just wrote, read once: the pages get these bytes from memory, so a
// rebuild during the run (by a watcher, say) cannot change or break what is measured.
const bundleCode = readFileSync(join(repoRoot, 'dist/occ-elements.js'));
const size = await measureSizes(progress, bundleCode);

const server = await startServer();
server.mount('/dist/occ-elements.js', bundleCode.toString('utf8'));
const browser = await launch();
try {
  const debugBundle = '/bench/.cache/occ-elements.debug.js';
  // Generated code, not linted; the same text is served and saved, so profile lines match.
  const debugCode = `/* eslint-disable */\n${size.generated.debugBundle}`;
  server.mount(debugBundle, debugCode);
  /** @type {Map<string, string>} element tag -> URL of its own module */
  const modules = new Map();
  for (const element of size.elements) {
    if (!element.code) continue;
    const path = `/bench/.cache/elements/${element.name}.js`;
    server.mount(path, element.code);
    modules.set(`occ-${element.name}`, path);
  }
  const skipped = size.elements.filter((element) => !element.code).map((e) => `occ-${e.name}`);
  for (const tag of skipped) progress(`<${tag}> does not build: left out of every measurement`);

  const tags = [...modules.keys()];
  const inBundle = await withPage(browser, `${server.origin}/bench/pages/render.html`, (page) =>
    page.evaluate(
      (tags) => tags.filter((tag) => /** @type {any} */ (globalThis).bench.defined(tag)),
      tags,
    ),
  );
  // An element that the bundle does not define (yet) is loaded from its own module.
  const standalone = tags.filter((tag) => !inBundle.includes(tag));
  for (const tag of standalone) {
    progress(`<${tag}> is not in dist/occ-elements.js: pages load it from its own module`);
  }
  const query = (/** @type {string[]} */ which) => {
    const params = new URLSearchParams();
    for (const tag of which)
      if (standalone.includes(tag)) params.append('module', modules.get(tag) ?? '');
    return params.size ? `?${params}` : '';
  };
  const renderUrl = (/** @type {string[]} */ which) =>
    `${server.origin}/bench/pages/render.html${query(which)}`;

  const compare = await measureCompare(browser, {
    origin: server.origin,
    count: 100,
    rounds: compareRounds,
    progress,
  });
  const render = await measureRender(browser, {
    pageUrl: (tag) => renderUrl([tag]),
    tags,
    counts: [1, 10, 100],
    rounds: renderRounds,
    progress,
  });
  const requests = await measureRequests(browser, {
    url: `${server.origin}/bench/pages/requests.html${query(standalone)}`,
    log: server.log,
    progress,
  });
  const cls = await measureCls(browser, {
    url: `${server.origin}/bench/pages/cls.html${query(standalone)}`,
    progress,
  });
  // The same page without the library in <head> (cls.js imports it late): what a page that does
  // not follow the README's embed gets (reported, not budgeted).
  const clsPage = readFileSync(join(repoRoot, 'bench/pages/cls.html'), 'utf8');
  const headScript =
    /\s*<!--(?:(?!-->)[^])*-->\s*<script type="module" src="\/dist\/occ-elements\.js"[^>]*><\/script>/;
  if (!headScript.test(clsPage))
    throw new Error('bench/pages/cls.html: no library script in <head>');
  server.mount(
    '/bench/pages/cls-late.html',
    clsPage.replace(headScript, '').replace('(library in head)', '(library imported late)'),
  );
  const clsLate = await measureCls(browser, {
    url: `${server.origin}/bench/pages/cls-late.html${query(standalone)}`,
    progress,
  });
  const memory = await measureMemory(browser, { pageUrl: renderUrl, tags, count: 100, progress });

  // A missed render budget: profile the pages to show where the time goes.
  const { 'B/A': ba, 'C/B': cb, 'D/B': db } = compare.ratios;
  const renderMissed =
    ba > BUDGETS.occOverFloor || cb < BUDGETS.chartJsOverOcc || db < BUDGETS.highchartsOverOcc;
  const diagnostics = renderMissed
    ? await profileCompare(browser, {
        origin: server.origin,
        debugBundle,
        debugCode,
        count: 100,
        progress,
      })
    : undefined;

  const cpu = cpus()[0];
  const sizes = { ...size, generated: undefined };
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
    size: {
      ...sizes,
      elements: sizes.elements.map((element) => ({ ...element, code: undefined })),
    },
    standalone,
    skipped,
    compare,
    render,
    requests,
    cls,
    clsLate,
    memory,
    diagnostics,
  };
  const missed = await report(results);

  console.log(
    '\nWhere the bundle gzip comes from (estimated: each part minified and gzipped alone, scaled to the real total):',
  );
  for (const row of size.breakdown) {
    console.log(
      `  ${row.group.padEnd(26)} ${String(row.estimatedGzip).padStart(6)} B  (${(row.share * 100).toFixed(1).padStart(4)} %; ${row.modules} modules, ${row.renderedBytes} B before minifying)`,
    );
  }
  console.log('\nThe largest source files, estimated the same way:');
  for (const row of size.breakdownFiles.filter((r) => r.group.startsWith('src/')).slice(0, 15)) {
    console.log(
      `  ${row.group.padEnd(44)} ${String(row.estimatedGzip).padStart(6)} B  (${row.renderedBytes} B before minifying)`,
    );
  }
  if (diagnostics) {
    console.log(`\nCPU profile of ${diagnostics.cpu.file} (self time, unminified build):`);
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
  if (cls.shifts.length) {
    console.log(
      `\nLayout shifts (the page's script started at ${Math.round(cls.scriptStart)} ms):`,
    );
    for (const shift of cls.shifts) {
      console.log(
        `  at ${Math.round(shift.startTime)} ms: ${shift.value.toFixed(5)}: ${shift.sources.join('; ')}`,
      );
    }
    for (const e of cls.elements) {
      console.log(
        `  <${e.tag}>: ${e.placeholderHeight} px while loading, ${e.loadedHeight} px loaded (${e.outcome})`,
      );
    }
  }
  const problems = [...compare.problems, ...render.problems];
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
