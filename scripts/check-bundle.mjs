// Runs after `rollup -c`: fails the build when
//  - dist/occ-elements.js imports anything (it must be self-contained for a plain <script> tag), or
//  - an element's module reaches another element's module through its imports (bundler users who
//    import one element must get only that one).
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';

const importsOf = (file) =>
  [
    ...readFileSync(file, 'utf8').matchAll(
      /(?:^|[;\s])(?:import|export)\s*(?:[^'"]*?from\s*)?['"]([^'"]+)['"]/g,
    ),
  ].map((match) => match[1]);

const problems = [];
const bundle = 'dist/occ-elements.js';
const bundleImports = importsOf(bundle);
if (bundleImports.length) problems.push(`${bundle} imports ${bundleImports.join(', ')}`);

const elements = readdirSync('dist/elements');
// <occ-profile> is made of the other elements; every other element stands alone.
const composes = { profile: ['quick-facts', 'pay-chart', 'outlook', 'employers', 'similar'] };
for (const name of elements) {
  const entry = `dist/elements/${name}/${name}.js`;
  const seen = new Set();
  const visit = (file) => {
    if (seen.has(file)) return;
    seen.add(file);
    for (const specifier of importsOf(file)) {
      if (specifier.startsWith('.')) visit(join(dirname(file), specifier));
    }
  };
  visit(entry);
  for (const file of seen) {
    const other = relative('dist/elements', file).split('/')[0];
    const allowed = other === name || composes[name]?.includes(other);
    if (!other.startsWith('..') && !allowed) problems.push(`${entry} pulls in ${file}`);
  }
}

if (problems.length) {
  console.error(`Bundle check failed:\n- ${problems.join('\n- ')}`);
  process.exit(1);
}
const size = gzipSync(readFileSync(bundle)).length;
console.log(
  `Bundle check passed: ${bundle} is self-contained (${size} bytes gzip); ${elements.length} element modules import no other element.`,
);
