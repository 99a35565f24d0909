// `npm run build`:
//  1. dist/occ-elements.js — one self-contained, minified module (Lit and d3 inlined) that defines
//     every element, for a plain <script type="module">; the Spanish texts are a chunk beside it
//     (dist/occ-elements-es.js) that it loads only for a page or element in Spanish.
//  2. dist/**.js + .d.ts — one module per source file, dependencies left as imports, for bundler
//     users: importing one element pulls in only that element and the shared code it uses.
import { readdirSync } from 'node:fs';
import resolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import typescript from '@rollup/plugin-typescript';
import { bundledImports } from './scripts/bundled-imports.mjs';
import { minifyLiterals } from './scripts/minify-literals.mjs';

const elements = readdirSync('src/elements', { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => `src/elements/${entry.name}/${entry.name}.ts`);

// d3-array's bundle builds its bisectors when it loads; we use only `ticks`, so they can go.
export const treeshake = { manualPureFunctions: ['bisector'] };

export const terserOptions = {
  ecma: /** @type {const} */ (2022),
  module: true,
  compress: { passes: 2 },
  format: { comments: false },
};
const minify = terser(terserOptions);

export default [
  {
    input: 'src/index.ts',
    // Languages other than English are chunks beside it, loaded when a page needs one.
    output: {
      dir: 'dist',
      entryFileNames: 'occ-elements.js',
      chunkFileNames: 'occ-elements-[name].js',
      format: 'es',
      sourcemap: false,
    },
    treeshake,
    plugins: [
      resolve(),
      typescript({ tsconfig: 'tsconfig.build.json', declaration: false, filterRoot: '.' }),
      bundledImports(),
      minifyLiterals(),
      minify,
    ],
  },
  {
    input: ['src/index.ts', ...elements],
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
