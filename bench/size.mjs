// @ts-check
// Transfer sizes (gzip, the library's code only) of what a page loads, read from the artefacts
// `npm run build` wrote:
//  - a page with one element, through the loader (dist/occ-elements.js, then the element's module
//    dist/browser/occ-<name>.js and every chunk it imports), and without it (the module alone);
//    for <occ-profile>, also what its other tabs load later (their elements' modules);
//  - the whole package for the browser: the loader, every module and chunk, and the stylesheet;
//    the Spanish texts apart (loaded only in Spanish);
//  - how much of the d3 chunk is d3-color and d3-format, which d3-scale's scaleLinear imports
//    (its default interpolator parses colours; its tickFormat method uses d3-format) and the
//    elements never call: the browser build again with both replaced by empty modules;
//  - the peers the budgets compare with: Chart.js with only its bar-chart parts registered
//    (BarController, BarElement, CategoryScale, LinearScale), tree-shaken by rollup and minified
//    with the library's terser options; Highcharts with its accessibility module (published files).
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { rollup } from 'rollup';
import resolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import configs, { elementNames, terserOptions } from '../rollup.config.mjs';
import { repoRoot } from './server.mjs';

export const gzip = (/** @type {string | Buffer} */ code) => gzipSync(code).length;

const dist = join(repoRoot, 'dist');
const LOADER = join(dist, 'occ-elements.js');
const STYLESHEET = join(dist, 'occ-elements.css');

/** @param {string} file @param {RegExp} pattern */
const specifiers = (file, pattern) =>
  [...readFileSync(file, 'utf8').matchAll(pattern)].map((match) => join(dirname(file), match[1]));
const staticImports = (/** @type {string} */ file) =>
  specifiers(file, /(?:^|[;\s}])(?:import|export)\s*(?:[^'"()]*?from\s*)?['"](\.[^'"]+)['"]/g);
const dynamicImports = (/** @type {string} */ file) =>
  specifiers(file, /import\(\s*["'](\.[^"']+)["']\s*\)/g);

/** `file` and everything it imports statically: what loads before it runs. */
function closure(/** @type {string} */ file, seen = new Set()) {
  if (seen.has(file)) return seen;
  seen.add(file);
  for (const next of staticImports(file)) closure(next, seen);
  return seen;
}

/** @param {Iterable<string>} files */
function sized(files) {
  const list = [...files].map((file) => ({
    file: relative(repoRoot, file),
    bytes: readFileSync(file).length,
    gzip: gzip(readFileSync(file)),
  }));
  return {
    files: list,
    bytes: list.reduce((sum, f) => sum + f.bytes, 0),
    gzip: list.reduce((sum, f) => sum + f.gzip, 0),
  };
}

/** Chart.js with its bar-chart parts only, as a page using it would bundle it. */
async function chartJs() {
  const entry = {
    name: 'chartjs-bar-entry',
    resolveId: (/** @type {string} */ id) => (id === '\0entry' ? id : null),
    load: (/** @type {string} */ id) =>
      id === '\0entry'
        ? `import { Chart, BarController, BarElement, CategoryScale, LinearScale } from 'chart.js';
Chart.register(BarController, BarElement, CategoryScale, LinearScale);
export { Chart };`
        : null,
  };
  const build = await rollup({
    input: '\0entry',
    plugins: [entry, resolve(), terser(terserOptions)],
    onwarn: () => {},
  });
  try {
    const { output } = await build.generate({ format: 'es' });
    const code = output[0].code;
    return { bytes: Buffer.byteLength(code), gzip: gzip(code), code };
  } finally {
    await build.close();
  }
}

/** Empty stand-ins for the d3 modules the elements never call (their exports, doing nothing). */
const UNCALLED = {
  'd3-color':
    'export const color = () => null, rgb = color, hsl = color, lab = color, hcl = color, lch = color, gray = color, cubehelix = color;',
  'd3-format':
    'export const format = () => String, formatPrefix = format, formatLocale = () => ({ format, formatPrefix }), formatDefaultLocale = formatLocale, formatSpecifier = () => ({}), FormatSpecifier = function () {}, precisionFixed = () => 0, precisionPrefix = precisionFixed, precisionRound = precisionFixed;',
};

/** The d3 chunk's gzip size as built, and built with UNCALLED's modules empty. */
async function d3Chunk() {
  const browser = configs[0];
  const empty = {
    name: 'uncalled-d3',
    resolveId: (/** @type {string} */ id) => (id in UNCALLED ? `\0uncalled:${id}` : null),
    load: (/** @type {string} */ id) =>
      id.startsWith('\0uncalled:')
        ? UNCALLED[/** @type {keyof typeof UNCALLED} */ (id.slice('\0uncalled:'.length))]
        : null,
  };
  const build = await rollup({
    input: browser.input,
    plugins: [empty, .../** @type {any[]} */ (browser.plugins)],
    onwarn: () => {},
  });
  try {
    const { output } = await build.generate(/** @type {any} */ (browser.output));
    const chunk = output.find((file) => file.fileName === 'browser/d3.js');
    return {
      gzip: gzip(readFileSync(join(dist, 'browser/d3.js'))),
      withoutUncalled: chunk && 'code' in chunk ? gzip(chunk.code) : undefined,
      uncalled: Object.keys(UNCALLED),
    };
  } finally {
    await build.close();
  }
}

/** @param {(line: string) => void} progress */
export async function measureSizes(progress) {
  const loader = sized([LOADER]);
  const elements = elementNames.map((name) => {
    const module = join(dist, `browser/occ-${name}.js`);
    const page = closure(module);
    const alone = sized(page);
    const withLoader = sized([LOADER, ...page]);
    // Modules it imports later (a tab's element), with what they import that is not loaded yet.
    const later = new Set();
    for (const file of page) {
      for (const lazy of dynamicImports(file)) {
        if (/occ-elements-[a-z]+\.js$/.test(lazy)) continue; // a language
        for (const next of closure(lazy)) if (!page.has(next)) later.add(next);
      }
    }
    const size = {
      name,
      tag: `occ-${name}`,
      gzip: withLoader.gzip,
      bytes: withLoader.bytes,
      moduleOnlyGzip: alone.gzip,
      laterGzip: sized(later).gzip,
      files: withLoader.files,
    };
    progress(
      `size: a page with <occ-${name}> ${size.gzip} B gzip with the loader (${size.moduleOnlyGzip} B without)${size.laterGzip ? `, + ${size.laterGzip} B later for its tabs` : ''}`,
    );
    return size;
  });

  const browserFiles = readdirSync(join(dist, 'browser'))
    .filter((file) => file.endsWith('.js'))
    .map((file) => join(dist, 'browser', file));
  const whole = sized([LOADER, ...browserFiles, STYLESHEET]);
  const languages = readdirSync(dist)
    .filter((file) => /^occ-elements-[a-z]+\.js$/.test(file))
    .map((file) => ({ ...sized([join(dist, file)]), file: `dist/${file}` }));
  const stylesheet = sized([STYLESHEET]);
  progress(`size: the whole package for the browser ${whole.gzip} B gzip`);

  const d3 = await d3Chunk();
  progress(
    `size: the d3 chunk ${d3.gzip} B gzip, ${d3.withoutUncalled} B without ${d3.uncalled.join(' and ')}`,
  );

  const chart = await chartJs();
  const highchartsFiles = ['highcharts.js', 'modules/accessibility.js'].map((file) =>
    join(repoRoot, 'node_modules/highcharts', file),
  );
  const highcharts = sized(highchartsFiles);
  const version = (/** @type {string} */ name) =>
    JSON.parse(readFileSync(join(repoRoot, 'node_modules', name, 'package.json'), 'utf8')).version;
  progress(
    `size: Chart.js bar parts ${chart.gzip} B gzip, Highcharts + accessibility ${highcharts.gzip} B gzip`,
  );
  return {
    loader: { bytes: loader.bytes, gzip: loader.gzip },
    stylesheet: { bytes: stylesheet.bytes, gzip: stylesheet.gzip },
    elements,
    whole: { bytes: whole.bytes, gzip: whole.gzip, files: whole.files.length },
    languages,
    d3,
    peers: {
      chartjs: {
        what: `chart.js ${version('chart.js')}: Chart with BarController, BarElement, CategoryScale, LinearScale registered (rollup + terser)`,
        bytes: chart.bytes,
        gzip: chart.gzip,
      },
      highcharts: {
        what: `highcharts ${version('highcharts')}: highcharts.js + modules/accessibility.js`,
        bytes: highcharts.bytes,
        gzip: highcharts.gzip,
      },
    },
    generated: { chartJsBundle: chart.code },
  };
}
