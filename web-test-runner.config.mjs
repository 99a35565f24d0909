// `npm test`: every test file runs in headless Chromium (Debian's package; see scripts/chrome.mjs).
import { readFile } from 'node:fs/promises';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { defaultReporter } from '@web/test-runner';
import { chromeArgs, findChrome } from './scripts/chrome.mjs';
import { countingReporter } from './scripts/counting-reporter.mjs';

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
 *   profile?key=&delay=&file=  serves a JSON file (default data/29-2071.json) after `delay` ms
 *                              and counts the request under `key`
 *   hits?key=              `{ hits, aborts }`: requests for `key`, and how many the client abandoned
 */
async function fixtures(ctx, next) {
  if (!ctx.path.startsWith('/__fixtures/')) return next();
  const route = ctx.path.slice('/__fixtures/'.length);
  const query = ctx.query;
  if (route.startsWith('status/')) {
    ctx.status = Number(route.slice('status/'.length));
    ctx.type = 'text/plain';
    ctx.body = `status ${ctx.status}`;
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
    ctx.body = await readFile(String(query.file ?? 'data/29-2071.json'), 'utf8');
  } else if (route === 'hits') {
    ctx.type = 'application/json';
    const key = String(query.key);
    ctx.body = JSON.stringify({ hits: hits.get(key) ?? 0, aborts: aborts.get(key) ?? 0 });
  } else {
    return next();
  }
}

export default {
  files: ['test/**/*.test.ts'],
  nodeResolve: true,
  rootDir: '.',
  concurrency: 1,
  testFramework: { config: { timeout: 10000 } },
  browsers: [
    chromeLauncher({
      launchOptions: { executablePath: findChrome(), args: chromeArgs },
    }),
  ],
  middleware: [fixtures],
  plugins: [esbuildPlugin({ ts: true, target: 'es2022', tsconfig: 'tsconfig.json' })],
  reporters: [defaultReporter(), countingReporter()],
};
