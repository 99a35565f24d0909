// `npm run lighthouse`: Lighthouse (through npx, in Debian's Chromium) on every demo and example
// page, served as a site would serve them: the production build (`npm run build`, and the React
// example's bundle), gzip, no dev server. The demo pages load the TypeScript sources under
// `npm start`; here they get dist/occ-elements.js instead. Writes bench/lighthouse.md (the scores
// and every failed audit) and exits non-zero when a page scores under 100 in accessibility or
// best practices, or under 95 in performance.
//
//   npm run lighthouse                    # build, then mobile and desktop
//   npm run lighthouse -- --no-build --preset=desktop --only=demo/
import { spawn, spawnSync } from 'node:child_process';
import {
  createReadStream,
  existsSync,
  mkdtempSync,
  readFileSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, normalize, resolve } from 'node:path';
import { createGzip } from 'node:zlib';
import { formatAs } from './format-as.mjs';
import { findChrome } from './chrome.mjs';

const root = resolve(import.meta.dirname, '..');
const args = process.argv.slice(2);
const presets = args
  .find((arg) => arg.startsWith('--preset='))
  ?.slice(9)
  .split(',') ?? ['mobile', 'desktop'];
const PAGES = [
  '/demo/index.html',
  '/demo/builder.html',
  '/examples/plain-html/index.html',
  '/examples/cms/index.html',
  '/examples/react/index.html',
  '/examples/vue/index.html',
];
const only = args.find((arg) => arg.startsWith('--only='))?.slice(7);
const pages = only ? PAGES.filter((page) => page.includes(only)) : PAGES;
const TARGETS = { performance: 95, accessibility: 100, 'best-practices': 100 };

const run = (command, commandArgs, env = {}) =>
  spawnSync(command, commandArgs, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } })
    .status;
/** As `run`, without blocking: the pages' server runs in this process. */
const runAsync = (command, commandArgs, env = {}) =>
  new Promise((done) => {
    const child = spawn(command, commandArgs, {
      cwd: root,
      stdio: 'inherit',
      env: { ...process.env, ...env },
    });
    child.on('close', (code) => done(code ?? 1));
  });
/** Lighthouse's own launcher takes these (the tests' set makes it lose the page). */
const LIGHTHOUSE_CHROME_FLAGS = '--headless --no-sandbox --disable-gpu --disable-dev-shm-usage';

if (!args.includes('--no-build')) {
  if (run('npm', ['run', '-s', 'build']) || run('npm', ['run', '-s', 'build:examples'])) {
    process.exit(1);
  }
}

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.map': 'application/json',
};

/** The demo pages, pointed at the production bundle and stylesheet instead of the sources. */
const production = (path, text) =>
  path.startsWith('/demo/') && path.endsWith('.html')
    ? text
        .replaceAll('src="../src/index.ts"', 'src="../dist/occ-elements.js"')
        .replaceAll('href="../src/occ-elements.css"', 'href="../dist/occ-elements.css"')
    : text;

/** A static server of the repository: the files as built, compressed, cached for a day. */
function serve() {
  const server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    const path = normalize(decodeURIComponent(url.pathname));
    const file = join(root, path);
    if (!file.startsWith(root) || !existsSync(file) || !statSync(file).isFile()) {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    const type = TYPES[extname(file)] ?? 'application/octet-stream';
    const headers = { 'content-type': type, 'cache-control': 'public, max-age=86400' };
    const gzip =
      /text|json|svg/.test(type) && /gzip/.test(request.headers['accept-encoding'] ?? '');
    if (gzip) headers['content-encoding'] = 'gzip';
    response.writeHead(200, headers);
    const body = extname(file) === '.html' ? null : createReadStream(file);
    const source = body ?? [production(path, readFileSync(file, 'utf8'))];
    if (!gzip) {
      if (body) body.pipe(response);
      else response.end(source[0]);
      return;
    }
    const zip = createGzip();
    zip.pipe(response);
    if (body) body.pipe(zip);
    else zip.end(source[0]);
  });
  return new Promise((done) => server.listen(0, '127.0.0.1', () => done(server)));
}

const server = await serve();
const origin = `http://127.0.0.1:${server.address().port}`;
const out = mkdtempSync(join(tmpdir(), 'occ-lighthouse-'));
const chrome = findChrome();
const rows = [];
const failures = [];
let missed = 0;

for (const preset of presets) {
  for (const page of pages) {
    const report = join(out, `${preset}-${page.replace(/\W+/g, '-')}.json`);
    const status = await runAsync(
      'npx',
      [
        '--yes',
        'lighthouse@12',
        `${origin}${page}`,
        '--quiet',
        '--output=json',
        `--output-path=${report}`,
        '--only-categories=performance,accessibility,best-practices,seo',
        `--chrome-flags=${LIGHTHOUSE_CHROME_FLAGS}`,
        ...(preset === 'desktop' ? ['--preset=desktop'] : []),
      ],
      { CHROME_PATH: chrome },
    );
    if (status !== 0 || !existsSync(report)) {
      console.error(`Lighthouse failed on ${page} (${preset})`);
      missed += 1;
      continue;
    }
    const result = JSON.parse(readFileSync(report, 'utf8'));
    const score = (id) => Math.round((result.categories[id]?.score ?? 0) * 100);
    const scores = Object.fromEntries(
      ['performance', 'accessibility', 'best-practices', 'seo'].map((id) => [id, score(id)]),
    );
    const cls = result.audits['cumulative-layout-shift']?.numericValue ?? NaN;
    const lcp = result.audits['largest-contentful-paint']?.numericValue ?? NaN;
    rows.push({ page, preset, ...scores, cls, lcp });
    const low = Object.entries(TARGETS).filter(([id, target]) => scores[id] < target);
    if (low.length) missed += 1;
    for (const [id] of Object.entries(TARGETS)) {
      for (const ref of result.categories[id]?.auditRefs ?? []) {
        const audit = result.audits[ref.id];
        if (ref.weight > 0 && audit?.score !== null && audit.score < 1) {
          failures.push(
            `${page} (${preset}), ${id}: ${audit.id} (${audit.title}, score ${audit.score})`,
          );
        }
      }
    }
    console.log(
      `${preset.padEnd(7)} ${page.padEnd(32)} perf ${scores.performance} a11y ${scores.accessibility} bp ${scores['best-practices']} seo ${scores.seo} CLS ${cls.toFixed(3)} LCP ${Math.round(lcp)} ms`,
    );
  }
}
server.close();

const lighthouse = spawnSync('npx', ['--yes', 'lighthouse@12', '--version'], {
  cwd: root,
  encoding: 'utf8',
});
const chromium = spawnSync(chrome, ['--version'], { encoding: 'utf8' });
const lines = [
  '# Lighthouse: demo and example pages',
  '',
  `Written by \`npm run lighthouse\` on ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC: Lighthouse ${lighthouse.stdout.trim()}, ${chromium.stdout.trim()} headless, production build served with gzip by scripts/lighthouse.mjs. Targets: performance ≥ 95, accessibility and best practices 100.`,
  '',
  '| page | form factor | performance | accessibility | best practices | SEO | CLS | LCP |',
  '| ---- | ----------- | ----------: | ------------: | -------------: | --: | --: | --: |',
  ...rows.map(
    (row) =>
      `| \`${row.page}\` | ${row.preset} | ${row.performance} | ${row.accessibility} | ${row['best-practices']} | ${row.seo} | ${row.cls.toFixed(3)} | ${(row.lcp / 1000).toFixed(1)} s |`,
  ),
  '',
  failures.length ? 'Audits below full score:' : 'Every scored audit passed.',
  '',
  ...failures.map((failure) => `- ${failure}`),
  '',
];
// Formatted as the repository's other Markdown is (Prettier aligns the table), so lint passes.
const mdFile = join(root, 'bench/lighthouse.md');
writeFileSync(mdFile, await formatAs(mdFile, lines.join('\n')));
console.log(`bench/lighthouse.md written${missed ? `; ${missed} page runs missed a target` : ''}`);
process.exit(missed ? 1 : 0);
