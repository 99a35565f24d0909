// `npm run build`:
//  1. dist/occ-elements.js — one self-contained, minified module (Lit and d3 inlined) that defines
//     every element, for a plain <script type="module">.
//  2. dist/**.js + .d.ts — one module per source file, dependencies left as imports, for bundler
//     users: importing one element pulls in only that element and the shared code it uses.
import { readdirSync } from 'node:fs';
import resolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import typescript from '@rollup/plugin-typescript';

const elements = readdirSync('src/elements', { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => `src/elements/${entry.name}/${entry.name}.ts`);

const minify = terser({ ecma: 2022, module: true, format: { comments: false } });

export default [
  {
    input: 'src/index.ts',
    output: { file: 'dist/occ-elements.js', format: 'es', sourcemap: false },
    plugins: [
      resolve(),
      typescript({ tsconfig: 'tsconfig.build.json', declaration: false, filterRoot: '.' }),
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
