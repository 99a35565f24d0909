// Runs after `rollup -c`: fails the build when
//  - dist/occ-elements.js (the loader) imports anything statically, or does not load exactly one
//    module per element (dist/browser/occ-<name>.js, which must exist);
//  - a page with one element would load another element's module (except <occ-profile>, which
//    composes the others), or an element that draws no chart would load the chart or d3 chunks,
//    or an element's module does not load one it imports for its side effect;
//  - the language chunks (dist/occ-elements-<lang>.js) import anything;
//  - an element's module for bundlers (dist/elements/<name>/<name>.js) reaches another element's
//    module through its imports (bundler users who import one element must get only that one).
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';

const staticImports = (file) =>
  [
    ...readFileSync(file, 'utf8').matchAll(
      /(?:^|[;\s}])(?:import|export)\s*(?:[^'"()]*?from\s*)?['"]([^'"]+)['"]/g,
    ),
  ].map((match) => match[1]);
const dynamicImports = (file) =>
  [...readFileSync(file, 'utf8').matchAll(/import\(\s*["']([^"']+)["']\s*\)/g)].map((m) => m[1]);

/** Every file `file` loads before it runs: itself and its static imports, recursively. */
function closure(file, seen = new Set()) {
  if (seen.has(file)) return seen;
  seen.add(file);
  for (const specifier of staticImports(file)) {
    if (specifier.startsWith('.')) closure(join(dirname(file), specifier), seen);
  }
  return seen;
}

const problems = [];
const names = readdirSync('src/elements', { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);
// <occ-profile> is made of the other elements; every other element stands alone.
const composes = { profile: ['quick-facts', 'pay-chart', 'outlook', 'employers', 'similar'] };
// An element draws charts when a file of its folder imports the chart code or d3.
const usesCharts = (name) =>
  readdirSync(`src/elements/${name}`).some((file) =>
    /from '(\.\.\/\.\.\/charts\/|d3-)/.test(readFileSync(`src/elements/${name}/${file}`, 'utf8')),
  );

// The loader.
const loader = 'dist/occ-elements.js';
if (staticImports(loader).length) {
  problems.push(`${loader} imports ${staticImports(loader).join(', ')} statically`);
}
const expected = names.map((name) => `./browser/occ-${name}.js`).sort();
const loaded = dynamicImports(loader).sort();
if (expected.join() !== loaded.join()) {
  problems.push(`${loader} loads ${loaded.join(', ')}; expected ${expected.join(', ')}`);
}

// The browser modules: what a page with one element loads.
const pages = {};
for (const name of names) {
  const entry = `dist/browser/occ-${name}.js`;
  if (!existsSync(entry)) {
    problems.push(`${entry} is missing`);
    continue;
  }
  const files = [...closure(entry)];
  pages[name] = files;
  // An element another imports for its side effect (<occ-profile>'s Summary: <occ-quick-facts>)
  // must be loaded with it: a module taken for side-effect free would be left out.
  const source = readFileSync(`src/elements/${name}/${name}.ts`, 'utf8');
  for (const [, other] of source.matchAll(/^import '\.\.\/([\w-]+)\/\1\.js';$/gm)) {
    if (!files.includes(`dist/browser/occ-${other}.js`)) {
      problems.push(`${entry} does not load dist/browser/occ-${other}.js, which it imports`);
    }
  }
  for (const file of files) {
    const other = /occ-([a-z-]+)\.js$/.exec(file)?.[1];
    if (other && other !== name && !composes[name]?.includes(other)) {
      problems.push(`${entry} loads ${file}`);
    }
    if (!usesCharts(name) && !composes[name] && /\/(charts|d3)\.js$/.test(file)) {
      problems.push(`${entry} loads ${file}, but <occ-${name}> draws no chart`);
    }
  }
}

// The language chunks.
const languages = readdirSync('dist').filter((file) => /^occ-elements-[a-z]+\.js$/.test(file));
if (!languages.length) problems.push('no language chunk (dist/occ-elements-<lang>.js)');
for (const file of languages.map((f) => join('dist', f))) {
  const imports = [...staticImports(file), ...dynamicImports(file)];
  if (imports.length) problems.push(`${file} imports ${imports.join(', ')}`);
}

// The modules for bundlers.
for (const name of readdirSync('dist/elements')) {
  const entry = `dist/elements/${name}/${name}.js`;
  for (const file of closure(entry)) {
    const other = relative('dist/elements', file).split('/')[0];
    const allowed = other === name || composes[name]?.includes(other);
    if (!other.startsWith('..') && !allowed) problems.push(`${entry} pulls in ${file}`);
  }
}

if (problems.length) {
  console.error(`Bundle check failed:\n- ${problems.join('\n- ')}`);
  process.exit(1);
}
const gzip = (file) => gzipSync(readFileSync(file)).length;
const sizes = Object.entries(pages)
  .map(([name, files]) => `${name} ${files.reduce((sum, file) => sum + gzip(file), 0)}`)
  .join(', ');
console.log(
  `Bundle check passed: ${loader} (${gzip(loader)} B gzip) loads each element's module on sight; ` +
    `a page with one element loads (B gzip, loader excluded): ${sizes}; ` +
    `${languages.length} language chunk(s); the element modules for bundlers import no other element.`,
);
