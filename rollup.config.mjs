// `npm run build`:
//  1. For a page without a bundler (`<script type="module">`), minified, Lit and d3 included:
//     - dist/occ-elements.js, the loader: it imports an element's module when its tag appears;
//     - dist/browser/occ-<name>.js, each element's module, and the chunks they share:
//       dist/browser/{lit,core,charts,d3,tabs,profile}.js (see manualChunk); a page loads an
//       element's module and its chunks only;
//     - dist/occ-elements.css, the stylesheet that reserves the elements' sizes;
//     - dist/occ-elements-es.js, the Spanish texts, loaded only for a page or element in Spanish.
//  2. dist/**.js + .d.ts: one module per source file, dependencies left as imports, for bundler
//     users: importing one element pulls in only that element and the shared code it uses.
import { readFileSync, readdirSync } from 'node:fs';
import resolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import typescript from '@rollup/plugin-typescript';
import { minifyLiterals } from './scripts/minify-literals.mjs';

export const elementNames = readdirSync('src/elements', { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);
const elements = elementNames.map((name) => `src/elements/${name}/${name}.ts`);

export const terserOptions = {
  ecma: /** @type {const} */ (2022),
  module: true,
  compress: { passes: 2 },
  format: { comments: false },
};

/**
 * The browser build's shared chunks, by where a module comes from: `lit` and `d3` (the packages),
 * `core` (what every element uses: the base element, loading, validation, formatting, texts,
 * styles), `charts` (what the chart elements share), `tabs` (the stand-in figures and texts of
 * the elements <occ-profile> loads with a tab, and the data table they draw), `profile` (its own
 * stand-in, texts and date formatting), `index` (what <occ-finder> and <occ-compare> share: the
 * index, its loading, texts and line breaking), `lists` (sorting, cards, BLS's vocabularies and
 * Lit's directives, for the lists of <occ-similar> and <occ-finder>), `links` (links to other
 * profiles, through `href-template`: <occ-profile>, <occ-similar> and <occ-employers>) and the
 * Spanish texts. Every shared module is named here: one left out would go with whichever chunk
 * imports it.
 * @param {string} id
 */
export function manualChunk(id) {
  const path = id.split('\\').join('/');
  // Lit's directives go with the lists whose controls use them, not on every page.
  if (/\/node_modules\/lit-html\/directives\//.test(path)) return 'lists';
  if (/\/node_modules\/(lit|lit-html|lit-element|@lit)\//.test(path)) return 'lit';
  if (/\/node_modules\/(d3-[a-z-]+|internmap)\//.test(path)) return 'd3';
  if (/\/src\/i18n\/es(\.[\w-]+)?\.ts$/.test(path)) return 'occ-elements-es';
  if (/\/src\/charts\//.test(path)) return 'charts';
  if (/\/src\/((data|i18n)\/[\w-]+\.tabs|core\/data-table)\.ts$/.test(path)) return 'tabs';
  if (/\/src\/(data|i18n)\/[\w-]+\.profile\.ts$/.test(path)) return 'profile';
  if (
    /\/src\/(core\/(occ-data-element|keep-hyphenated)|data\/(load|validate)-index|i18n\/en\.finder)\.ts$/.test(
      path,
    )
  )
    return 'index';
  if (/\/src\/(core\/data-link|data\/links)\.ts$/.test(path)) return 'links';
  if (/\/src\/(core\/sort-indicator|styles\/(sort|cards)|data\/vocabulary)\.ts$/.test(path))
    return 'lists';
  if (/\/src\/(core|data|i18n|styles)\//.test(path)) return 'core';
  return undefined;
}

/** The browser build's inputs: the loader and every element. */
export const browserInput = {
  'occ-elements': 'src/autoload.ts',
  ...Object.fromEntries(elementNames.map((name, i) => [`occ-${name}`, elements[i]])),
};

/** @type {import('rollup').OutputOptions} */
export const browserOutput = {
  dir: 'dist',
  format: 'es',
  sourcemap: false,
  entryFileNames: (chunk) =>
    chunk.name === 'occ-elements' ? 'occ-elements.js' : 'browser/[name].js',
  // The Spanish texts keep the name they have always had, beside the loader.
  chunkFileNames: (chunk) =>
    chunk.name.startsWith('occ-elements-') ? '[name].js' : 'browser/[name].js',
  manualChunks: manualChunk,
};

/**
 * dist/occ-elements.css: the stylesheet that reserves the elements' sizes before they are defined
 * (src/occ-elements.css, written by `npm run css`).
 * @returns {import('rollup').Plugin}
 */
const reserveStylesheet = () => ({
  name: 'occ-elements-css',
  buildStart() {
    this.addWatchFile('src/occ-elements.css');
  },
  generateBundle() {
    const source = readFileSync('src/occ-elements.css', 'utf8');
    this.emitFile({ type: 'asset', fileName: 'occ-elements.css', source });
  },
});

/**
 * d3-interpolate's own modules import each other (value ↔ array, object), as d3 is written; a
 * warning about that is not ours to act on. Every other warning is shown.
 * @type {import('rollup').WarningHandlerWithDefault}
 */
const onwarn = (warning, warn) => {
  const cycle = warning.code === 'CIRCULAR_DEPENDENCY' ? (warning.ids ?? []) : [];
  if (cycle.length && cycle.every((id) => /\/node_modules\/d3-/.test(id))) return;
  warn(warning);
};

export default [
  {
    input: browserInput,
    output: browserOutput,
    onwarn,
    plugins: [
      reserveStylesheet(),
      resolve(),
      typescript({ tsconfig: 'tsconfig.build.json', declaration: false, filterRoot: '.' }),
      minifyLiterals(),
      terser(terserOptions),
    ],
  },
  {
    input: ['src/index.ts', 'src/autoload.ts', ...elements],
    external: (id) => /^(lit|@lit\/|d3-|tslib)/.test(id),
    output: { dir: 'dist', format: 'es', preserveModules: true, preserveModulesRoot: 'src' },
    plugins: [
      typescript({
        tsconfig: 'tsconfig.build.json',
        declaration: true,
        declarationDir: 'dist',
        filterRoot: '.',
      }),
    ],
  },
];
