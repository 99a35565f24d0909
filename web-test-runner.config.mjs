// `npm test`: every test file runs in headless Chromium (Debian's package; see scripts/chrome.mjs).
import { readFile } from 'node:fs/promises';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { defaultReporter } from '@web/test-runner';
import { chromeArgs, findChrome } from './scripts/chrome.mjs';
import { countingReporter } from './scripts/counting-reporter.mjs';

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
const hits = new Map();

/**
 * Test-only HTTP routes under /__fixtures/, so that failures are real responses from a real server:
 *   status/<code>          that status with a plain-text body
 *   html                   an HTML error page served as 200
 *   empty                  200 with an empty body
 *   reset                  the connection is destroyed (a network error)
 *   profile?key=&delay=&file=  serves a JSON file (default data/29-2071.json) after `delay` ms
 *                              and counts the request under `key`
 *   hits?key=              how many requests `key` has had, as JSON
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
    hits.set(key, (hits.get(key) ?? 0) + 1);
    if (query.delay) await sleep(Number(query.delay));
    ctx.type = 'application/json';
    ctx.body = await readFile(String(query.file ?? 'data/29-2071.json'), 'utf8');
  } else if (route === 'hits') {
    ctx.type = 'application/json';
    ctx.body = JSON.stringify({ hits: hits.get(String(query.key)) ?? 0 });
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
