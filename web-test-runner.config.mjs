// `npm test`: every test file runs in headless Chromium (Debian's package; see scripts/chrome.mjs).
import { readFile } from 'node:fs/promises';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { a11ySnapshotPlugin } from '@web/test-runner-commands/plugins';
import { chromeArgs, findChrome } from './scripts/chrome.mjs';
import { countingReporter } from './scripts/counting-reporter.mjs';
import { asBuilt } from './scripts/dev-server.mjs';
import { expectedLog, quietReporter } from './scripts/quiet-reporter.mjs';

const hits = new Map();
const aborts = new Map();
const bump = (map, key) => map.set(key, (map.get(key) ?? 0) + 1);

/** Waits `ms`, or less if the client gives up first; says whether it gave up. */
function delay(ctx, ms) {
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(false), ms);
    ctx.req.once('close', () => {
      if (ctx.res.writableFinished) return;
      clearTimeout(timer);
      resolve(true);
    });
  });
}

/**
 * Test-only HTTP routes under /__fixtures/, so that failures are real responses from a real server:
 *   status/<code>          that status with a plain-text body
 *   html                   an HTML error page served as 200
 *   empty                  200 with an empty body
 *   reset                  the connection is destroyed (a network error)
 *   profile?key=&delay=&file=  serves a JSON file (default data/editions/2019-20/29-2071.json) after `delay` ms
 *                              and counts the request under `key`
 *   hits?key=              `{ hits, aborts }`: requests for `key`, and how many the client abandoned
 * Added for the hostile-input suite (test/hostile/):
 *   stash?id=              POST keeps the request body under `id`; GET serves it as 200 JSON (a test-built
 *                          document, served and parsed for real); `type=` overrides the content type
 *   cross-origin?key=      302 to this server under the other loopback name (localhost <-> 127.0.0.1),
 *                          i.e. another origin without CORS headers; the target counts under `key`
 *   big?kind=              a 5 MB body: `garbage` (a truncated JSON text), `json` (the reference
 *                          profile with a 5 MB unknown field) or `contract` (5 MB of text as schemaVersion)
 *   flaky?key=&fail=&mode=&file=  fails the first `fail` requests for `key` (mode `status`: 503,
 *                          `reset`: connection destroyed, `slow`: answers after 3 s), then serves `file`
 *                          (default data/editions/2019-20/29-2071.json); counted under `key` like `profile`
 *   recover?key=           from now on flaky?key= serves the file (the server has recovered)
 *   hits-sum?prefix=       `{ hits, aborts }` summed over every key that starts with `prefix`
 *   beacon?id=             counts a hit under `beacon:<id>` and `beacon:*` (read with hits?key=); 204
 *   alone/<file>           dist/<file>, in a directory without the language chunks (a site that copied
 *                          the loader and the element modules, dist/browser/, but not dist/occ-elements-es.js)
 *   strict/<file>          test/hostile/fixtures/<file>; `.html` pages are served with a strict CSP:
 *                          default-src 'self'; script-src 'self'; style-src 'self';
 *                          require-trusted-types-for 'script'
 */
async function fixtures(ctx, next) {
  if (!ctx.path.startsWith('/__fixtures/')) return next();
  const route = ctx.path.slice('/__fixtures/'.length);
  const query = ctx.query;
  if (route.startsWith('status/')) {
    ctx.status = Number(route.slice('status/'.length));
    ctx.type = 'text/plain';
    ctx.body = `status ${ctx.status}`;
  } else if (/^alone\/(occ-elements|browser\/[\w.-]+)\.js$/.test(route)) {
    ctx.type = 'text/javascript';
    ctx.body = await readFile(`dist/${route.slice('alone/'.length)}`, 'utf8');
  } else if (route === 'html') {
    ctx.type = 'text/html';
    ctx.body = '<!doctype html><title>Oops</title><h1>Something went wrong</h1>';
  } else if (route === 'empty') {
    ctx.status = 200;
    ctx.type = 'application/json';
    ctx.body = '';
  } else if (route === 'reset') {
    ctx.req.socket.destroy();
  } else if (route === 'profile') {
    const key = String(query.key ?? 'default');
    bump(hits, key);
    if (query.delay && (await delay(ctx, Number(query.delay)))) {
      bump(aborts, key);
      return;
    }
    ctx.type = 'application/json';
    ctx.body = await readFile(String(query.file ?? 'data/editions/2019-20/29-2071.json'), 'utf8');
  } else if (route === 'hits') {
    ctx.type = 'application/json';
    const key = String(query.key);
    ctx.body = JSON.stringify({ hits: hits.get(key) ?? 0, aborts: aborts.get(key) ?? 0 });
  } else {
    return hostileFixtures(ctx, next, route, query);
  }
}

/** Documents POSTed to stash?id=, served back on GET. */
const stash = new Map();
/** Keys of flaky?key= whose server has recovered (recover?key=). */
const recovered = new Set();
const STRICT_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'";

/** The routes of the hostile-input suite (listed in the comment above `fixtures`). */
async function hostileFixtures(ctx, next, route, query) {
  if (route === 'stash') {
    const id = String(query.id);
    if (ctx.method === 'POST') {
      const chunks = [];
      for await (const chunk of ctx.req) chunks.push(chunk);
      stash.set(id, Buffer.concat(chunks));
      ctx.status = 204;
      return;
    }
    if (!stash.has(id)) {
      ctx.status = 404;
      ctx.body = `nothing stashed under ${id}`;
      return;
    }
    ctx.status = 200;
    ctx.type = String(query.type ?? 'application/json');
    ctx.body = stash.get(id);
  } else if (route === 'cross-origin') {
    const other = ctx.hostname === '127.0.0.1' ? 'localhost' : '127.0.0.1';
    const key = encodeURIComponent(String(query.key ?? 'cross-origin'));
    ctx.redirect(`http://${other}:${ctx.request.socket.localPort}/__fixtures/profile?key=${key}`);
  } else if (route === 'big') {
    const size = 5 * 1024 * 1024;
    const kind = String(query.kind ?? 'garbage');
    ctx.status = 200;
    ctx.type = 'application/json';
    if (kind === 'json') {
      const profile = JSON.parse(await readFile('data/editions/2019-20/29-2071.json', 'utf8'));
      ctx.body = JSON.stringify({ ...profile, padding: 'x'.repeat(size) });
    } else if (kind === 'contract') {
      ctx.body = JSON.stringify({
        schemaVersion: 'x'.repeat(size),
        occupation: { title: 'Big', soc: ['00-0000'] },
      });
    } else {
      ctx.body = `{"schemaVersion":1,"padding":"${'x'.repeat(size)}`;
    }
  } else if (route === 'recover') {
    recovered.add(String(query.key));
    ctx.status = 204;
  } else if (route === 'flaky') {
    const key = String(query.key ?? 'flaky');
    bump(hits, key);
    if (!recovered.has(key) && hits.get(key) <= Number(query.fail ?? 1)) {
      const mode = String(query.mode ?? 'status');
      if (mode === 'reset') {
        ctx.req.socket.destroy();
        return;
      }
      if (mode === 'slow') {
        if (await delay(ctx, 3000)) {
          bump(aborts, key);
          return;
        }
      } else {
        ctx.status = 503;
        ctx.type = 'text/plain';
        ctx.body = 'try again later';
        return;
      }
    }
    ctx.type = 'application/json';
    ctx.body = await readFile(String(query.file ?? 'data/editions/2019-20/29-2071.json'), 'utf8');
  } else if (route === 'hits-sum') {
    const prefix = String(query.prefix);
    const sum = (map) =>
      [...map].reduce((total, [key, n]) => (key.startsWith(prefix) ? total + n : total), 0);
    ctx.type = 'application/json';
    ctx.body = JSON.stringify({ hits: sum(hits), aborts: sum(aborts) });
  } else if (route === 'beacon') {
    bump(hits, `beacon:${query.id ?? ''}`);
    bump(hits, 'beacon:*');
    ctx.status = 204;
  } else if (/^strict\/[\w-]+\.(html|js|json)$/.test(route)) {
    const file = route.slice('strict/'.length);
    ctx.type = file.split('.').pop();
    if (file.endsWith('.html')) ctx.set('Content-Security-Policy', STRICT_CSP);
    ctx.set('Cache-Control', 'no-store');
    ctx.body = await readFile(`test/hostile/fixtures/${file}`, 'utf8');
  } else {
    return next();
  }
}

export default {
  files: ['test/**/*.test.ts'],
  // Lit's production build, as a site gets it (no "Lit is in dev mode" warning per test file).
  nodeResolve: { exportConditions: ['production'] },
  rootDir: '.',
  concurrency: 1,
  testFramework: { config: { timeout: 10000 } },
  browsers: [
    chromeLauncher({
      launchOptions: { executablePath: findChrome(), args: chromeArgs },
    }),
  ],
  middleware: [fixtures],
  plugins: [
    asBuilt(esbuildPlugin({ ts: true, target: 'es2022', tsconfig: 'tsconfig.json' })),
    // Chromium's accessibility tree, for the tests of what a screen reader hears.
    a11ySnapshotPlugin(),
  ],
  filterBrowserLogs: (log) => !expectedLog(log),
  reporters: [quietReporter(), countingReporter()],
};
