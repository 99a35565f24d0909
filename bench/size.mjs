// @ts-check
// Transfer sizes (gzip) of what a page loads:
//  - dist/occ-elements.js, the real artefact (every element, Lit and d3 included);
//  - each element's module with its dependencies: src/elements/<name>/<name>.ts bundled in memory
//    with the plugins and options of rollup.config.mjs (node-resolve, typescript with
//    tsconfig.build.json, terser), as a bundler user importing only that element would ship it;
//  - what the comparison pages load: Chart.js with only its bar-chart parts (tree-shaken and
//    minified in memory), Highcharts with its accessibility module (the published files);
//  - a breakdown of the full bundle by package and source directory.
// Nothing is written to disk: generated code is returned (the server serves some of it).
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join, relative, sep } from 'node:path';
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';
import { gzipSync } from 'node:zlib';
import { rollup } from 'rollup';
import resolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import typescript from '@rollup/plugin-typescript';
import { minify } from 'terser';
import { terserOptions, treeshake } from '../rollup.config.mjs';
import { minifyLiterals } from '../scripts/minify-literals.mjs';
import { repoRoot } from './server.mjs';

export const gzip = (/** @type {string | Buffer} */ code) => gzipSync(code).length;

/** The Chart.js entry of the comparison page: only what a horizontal bar chart needs. */
const chartJsEntry = {
  name: 'chartjs-bar-entry',
  resolveId: (/** @type {string} */ id) => (id === '\0entry' ? id : null),
  load: (/** @type {string} */ id) =>
    id === '\0entry'
      ? `export { Chart, BarController, BarElement, CategoryScale, LinearScale } from 'chart.js';`
      : null,
};

/**
 * @typedef {{ input: string, ts?: boolean, minified?: boolean }} BundleJob
 *   `input` is a file under the repository, or `chart.js` for the Chart.js entry above
 * @typedef {{ code: string, initialBytes: number, initialGzip: number, laterGzip: number, modules: Record<string, import('rollup').RenderedModule>, warnings: string[] }} BundleResult
 */

/**
 * Bundles `input` in memory the way rollup.config.mjs bundles dist/occ-elements.js.
 * @param {BundleJob} job
 * @returns {Promise<BundleResult>}
 */
async function bundle({ input, ts = true, minified = true }) {
  /** @type {string[]} */
  const warnings = [];
  const virtual = input === 'chart.js' ? chartJsEntry : undefined;
  const build = await rollup({
    input: virtual ? '\0entry' : join(repoRoot, input),
    onwarn: (warning) => warnings.push(warning.message),
    treeshake,
    plugins: [
      ...(virtual ? [virtual] : []),
      resolve(),
      ...(ts
        ? [
            typescript({
              tsconfig: join(repoRoot, 'tsconfig.build.json'),
              declaration: false,
              filterRoot: '.',
              noEmitOnError: false,
            }),
            ...(minified ? [minifyLiterals()] : []),
          ]
        : []),
      ...(minified ? [terser(terserOptions)] : []),
    ],
  });
  try {
    const { output } = await build.generate({ format: 'es' });
    /** @type {import('rollup').OutputChunk[]} */
    const chunks = output.flatMap((item) => (item.type === 'chunk' ? [item] : []));
    const chunk = chunks.find((item) => item.isEntry);
    if (!chunk) throw new Error(`No chunk for ${input}`);
    // What a page loads with the entry: it and the chunks it imports statically. Chunks loaded
    // with import() come later, when needed: a language other than English, or (for
    // <occ-profile>) the element a tab composes, when that tab is first shown.
    const byName = new Map(chunks.map((item) => [item.fileName, item]));
    /** @type {Set<import('rollup').OutputChunk>} */
    const initial = new Set();
    const visit = (/** @type {import('rollup').OutputChunk | undefined} */ item) => {
      if (!item || initial.has(item)) return;
      initial.add(item);
      item.imports.forEach((file) => visit(byName.get(file)));
    };
    visit(chunk);
    const isLanguage = (/** @type {import('rollup').OutputChunk} */ item) =>
      Object.keys(item.modules).every((id) => /[\\/]src[\\/]i18n[\\/][a-z]+\.ts$/.test(id));
    const sum = (/** @type {import('rollup').OutputChunk[]} */ list) =>
      list.reduce((total, item) => total + gzip(item.code), 0);
    return {
      code: chunk.code,
      initialBytes: [...initial].reduce((total, item) => total + Buffer.byteLength(item.code), 0),
      initialGzip: sum([...initial]),
      laterGzip: sum(chunks.filter((item) => !initial.has(item) && !isLanguage(item))),
      modules: Object.assign({}, ...[...initial].map((item) => item.modules)),
      warnings,
    };
  } finally {
    await build.close();
  }
}

// Each TypeScript build takes seconds of one core: the builds run in worker threads, as many at
// a time as there are cores. A worker is this module, given one job.
if (!isMainThread && workerData?.job) {
  bundle(workerData.job).then(
    (result) => parentPort?.postMessage({ result }),
    (error) =>
      parentPort?.postMessage({ error: error instanceof Error ? error.message : `${error}` }),
  );
}

/**
 * @param {BundleJob[]} jobs
 * @returns {Promise<({ result: BundleResult, error?: undefined } | { result?: undefined, error: string })[]>}
 */
async function bundleAll(jobs) {
  /** @type {({ result: BundleResult, error?: undefined } | { result?: undefined, error: string })[]} */
  const results = [];
  let next = 0;
  const runOne = () =>
    new Promise((resolve) => {
      const index = next++;
      const worker = new Worker(new URL(import.meta.url), { workerData: { job: jobs[index] } });
      worker.once('message', (message) => {
        results[index] = message;
        void worker.terminate();
        resolve(undefined);
      });
      worker.once('error', (error) => {
        results[index] = { error: error.message };
        resolve(undefined);
      });
    });
  const lane = async () => {
    while (next < jobs.length) await runOne();
  };
  await Promise.all(Array.from({ length: Math.min(availableParallelism(), jobs.length) }, lane));
  return results;
}

/** The element directories under src/elements, each with its entry module. */
export const elementNames = () =>
  readdirSync(join(repoRoot, 'src/elements'), { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .filter((name) => existsSync(join(repoRoot, `src/elements/${name}/${name}.ts`)));

/** A module's path from the repository root. @param {string} id */
const fileOf = (id) => relative(repoRoot, id.replace(/^\0/, '')).split(sep).join('/');

/** A source file by itself, a package as a whole. @param {string} id */
const fileOrPackage = (id) => (fileOf(id).startsWith('src/') ? fileOf(id) : groupOf(id));

/**
 * Which package or source directory a module belongs to: `lit-html`, `d3-array`, `src/charts`…
 * @param {string} id
 */
export function groupOf(id) {
  const path = fileOf(id);
  const inModules = path.lastIndexOf('node_modules/');
  if (inModules >= 0) {
    const parts = path.slice(inModules + 'node_modules/'.length).split('/');
    return parts[0]?.startsWith('@') ? `${parts[0]}/${parts[1]}` : (parts[0] ?? path);
  }
  const parts = path.split('/');
  if (parts[0] === 'src' && parts[1] === 'elements') return parts.slice(0, 3).join('/');
  if (parts[0] === 'src' && parts.length > 2) return parts.slice(0, 2).join('/');
  return path;
}

/**
 * Where the bytes of the full bundle come from. Each group's rendered (tree-shaken, unminified)
 * code is minified and gzipped on its own; as gzip compresses a whole file better than its parts,
 * the standalone figures add up to more than the bundle, so each group's share of the real gzip
 * size is estimated in proportion to its standalone gzip size.
 * @param {Record<string, import('rollup').RenderedModule>} modules
 * @param {number} totalGzip
 * @param {(id: string) => string} groupOf
 */
async function breakdown(modules, totalGzip, groupOf) {
  /** @type {Map<string, { modules: number, code: string[] }>} */
  const groups = new Map();
  for (const [id, module] of Object.entries(modules)) {
    if (!module.code || !module.renderedLength) continue;
    const name = groupOf(id);
    const group = groups.get(name) ?? { modules: 0, code: [] };
    group.modules += 1;
    group.code.push(module.code);
    groups.set(name, group);
  }
  const rows = [];
  for (const [name, group] of groups) {
    const code = group.code.join('\n');
    // Not a module: keeps top-level declarations that the fragment itself does not use.
    const min = (await minify(code, { ecma: 2022, module: false, format: { comments: false } }))
      .code;
    rows.push({
      group: name,
      modules: group.modules,
      renderedBytes: Buffer.byteLength(code),
      minifiedBytes: Buffer.byteLength(min ?? ''),
      standaloneGzip: gzip(min ?? ''),
    });
  }
  const standaloneTotal = rows.reduce((sum, row) => sum + row.standaloneGzip, 0);
  return rows
    .map((row) => ({
      ...row,
      estimatedGzip: Math.round((row.standaloneGzip / standaloneTotal) * totalGzip),
      share: row.standaloneGzip / standaloneTotal,
    }))
    .sort((a, b) => b.standaloneGzip - a.standaloneGzip);
}

/**
 * @param {(line: string) => void} progress
 * @param {Buffer} bundleCode dist/occ-elements.js as this run read it
 */
export async function measureSizes(progress, bundleCode) {
  const full = { file: 'dist/occ-elements.js', bytes: bundleCode.length, gzip: gzip(bundleCode) };
  progress(`size: dist/occ-elements.js ${full.gzip} B gzip`);
  // Chunks it loads only when a page needs them (a language other than English).
  const chunks = readdirSync(join(repoRoot, 'dist'))
    .filter((file) => /^occ-elements-.+\.js$/.test(file))
    .map((file) => {
      const code = readFileSync(join(repoRoot, 'dist', file));
      return { file: `dist/${file}`, bytes: code.length, gzip: gzip(code) };
    });

  const names = elementNames();
  progress(
    `size: bundling ${names.length} elements, the unminified bundle and Chart.js in memory (${availableParallelism()} at a time)`,
  );
  const [debugBuild, chartJsBuild, ...elementBuilds] = await bundleAll([
    // The same bundle as dist/occ-elements.js, unminified: for the breakdown and for profiling
    // with readable function names.
    { input: 'src/index.ts', minified: false },
    { input: 'chart.js', ts: false },
    ...names.map((name) => ({ input: `src/elements/${name}/${name}.ts` })),
  ]);

  /** @type {{ name: string, entry: string, bytes?: number, gzip?: number, laterGzip?: number, error?: string, code?: string }[]} */
  const elements = names.map((name, index) => {
    const entry = `src/elements/${name}/${name}.ts`;
    const build = elementBuilds[index];
    if (!build?.result) {
      const error = (build?.error ?? 'no result').split('\n')[0] ?? '';
      progress(`size: ${entry} does not build, skipped: ${error}`);
      return { name, entry, error };
    }
    const { code, initialBytes, initialGzip, laterGzip } = build.result;
    const size = { name, entry, bytes: initialBytes, gzip: initialGzip, laterGzip, code };
    progress(
      `size: ${entry} with its dependencies ${size.gzip} B gzip${laterGzip ? ` (+ ${laterGzip} B loaded later with its tabs)` : ''}`,
    );
    return size;
  });

  if (!debugBuild?.result) throw new Error(`src/index.ts does not build: ${debugBuild?.error}`);
  if (!chartJsBuild?.result) throw new Error(`Chart.js does not bundle: ${chartJsBuild?.error}`);
  const debug = debugBuild.result;
  const chartJs = chartJsBuild.result;
  const groups = await breakdown(debug.modules, full.gzip, groupOf);
  const files = await breakdown(debug.modules, full.gzip, fileOrPackage);
  progress(`size: breakdown of the bundle into ${groups.length} packages and directories`);

  const highchartsFiles = ['highcharts.js', 'modules/accessibility.js'].map((file) => {
    const code = readFileSync(join(repoRoot, 'node_modules/highcharts', file));
    return { file: `highcharts/${file}`, bytes: code.length, gzip: gzip(code) };
  });
  const version = (/** @type {string} */ name) =>
    JSON.parse(readFileSync(join(repoRoot, 'node_modules', name, 'package.json'), 'utf8')).version;
  const comparison = {
    occ: { what: 'dist/occ-elements.js (every element)', gzip: full.gzip },
    chartjs: {
      what: `chart.js ${version('chart.js')}: Chart, BarController, BarElement, CategoryScale, LinearScale (rollup + terser)`,
      bytes: Buffer.byteLength(chartJs.code),
      gzip: gzip(chartJs.code),
    },
    highcharts: {
      what: `highcharts ${version('highcharts')}: highcharts.js + modules/accessibility.js`,
      bytes: highchartsFiles.reduce((sum, file) => sum + file.bytes, 0),
      gzip: highchartsFiles.reduce((sum, file) => sum + file.gzip, 0),
      files: highchartsFiles,
    },
  };
  progress(
    `size: chart.js bar parts ${comparison.chartjs.gzip} B gzip, highcharts + accessibility ${comparison.highcharts.gzip} B gzip`,
  );

  return {
    full,
    chunks,
    elements,
    breakdown: groups,
    breakdownFiles: files,
    comparison,
    generated: { debugBundle: debug.code, chartJsBundle: chartJs.code },
  };
}
