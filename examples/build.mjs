// `npm run build:examples`: type-checks the React example (examples/react/tsconfig.json) and
// bundles it with esbuild (examples/react/src → examples/react/dist). The other examples need no
// build step. Run `npm run build` first: the app imports `occ-elements`, which resolves to this
// repository's own dist/ through its package.json exports (package self-reference).
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = fileURLToPath(new URL('..', import.meta.url));

if (!existsSync(`${root}dist/index.js`)) {
  console.error('dist/index.js is missing: run `npm run build` before `npm run build:examples`.');
  process.exit(1);
}

const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
const typecheck = spawnSync(process.execPath, [tsc, '-p', 'examples/react/tsconfig.json'], {
  cwd: root,
  stdio: 'inherit',
});
if (typecheck.status !== 0) {
  console.error('examples/react: type errors (above).');
  process.exit(1);
}

await build({
  absWorkingDir: root,
  entryPoints: ['examples/react/src/main.tsx'],
  // app.js, and the chunk the app imports when the reader nears the finder (chunks/).
  outdir: 'examples/react/dist',
  entryNames: 'app',
  chunkNames: 'chunks/[name]-[hash]',
  splitting: true,
  bundle: true,
  format: 'esm',
  target: 'es2022',
  jsx: 'automatic',
  minify: true,
  sourcemap: true,
  // React's production build.
  define: { 'process.env.NODE_ENV': '"production"' },
  logLevel: 'info',
});
