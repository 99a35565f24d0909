// Runs after `rollup -c`: fails the build when
//  - dist/occ-elements.js imports anything (it must be self-contained for a plain <script> tag)
//    other than its own language chunks, loaded on demand (dist/occ-elements-<lang>.js, which
//    must exist and import nothing), or
//  - an element's module reaches another element's module through its imports (bundler users who
//    import one element must get only that one).
import { existsSync, readFileSync, readdirSync } from 'node:fs';
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
const chunks = [...readFileSync(bundle, 'utf8').matchAll(/import\(\s*["']([^"']+)["']\s*\)/g)].map(
  (match) => match[1],
);
for (const chunk of chunks) {
  const file = join('dist', chunk);
  if (!/^\.\/occ-elements-[a-z]+\.js$/.test(chunk)) problems.push(`${bundle} loads ${chunk}`);
  else if (!existsSync(file)) problems.push(`${bundle} loads ${chunk}, which is missing`);
  else if (importsOf(file).length) problems.push(`${file} imports ${importsOf(file).join(', ')}`);
}

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
  `Bundle check passed: ${bundle} is self-contained (${size} bytes gzip; loads ${chunks.join(', ') || 'nothing'} on demand); ${elements.length} element modules import no other element.`,
);
