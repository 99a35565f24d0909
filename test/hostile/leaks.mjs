/* global document, customElements, requestAnimationFrame -- page.evaluate() runs its function in the browser */
// `node test/hostile/leaks.mjs [--bundle path] [--cycles n]`: creates and removes each element
// 1,000 times in headless Chromium and measures, with Chromium's own counters over the DevTools
// protocol after forced garbage collections, what is left: DOM nodes, JS event listeners,
// documents, JS heap, and live instances of each element class. Fails (exit 1) past the bounds.
//
// It bundles src/index.ts (every element) with esbuild into a temporary file, or loads the
// self-contained module given as --bundle. (dist/occ-elements.js is a loader that imports the
// elements' modules from beside it: not one file this page can serve.) It serves the page and the data
// from its own server on 127.0.0.1 and needs Chromium (scripts/chrome.mjs finds it).
import { createServer } from 'node:http';
import { existsSync, mkdtempSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import puppeteer from 'puppeteer-core';
import { chromeArgs, findChrome } from '../../scripts/chrome.mjs';

const { values: args } = parseArgs({
  options: {
    bundle: { type: 'string', default: '' },
    cycles: { type: 'string', default: '1000' },
    tags: { type: 'string' },
  },
});
const CYCLES = Number(args.cycles);
const ALL_TAGS = [
  'occ-quick-facts',
  'occ-pay-chart',
  'occ-outlook',
  'occ-employers',
  'occ-similar',
  'occ-profile',
  'occ-finder',
  'occ-compare',
];
const TAGS = args.tags ? args.tags.split(',') : ALL_TAGS;

/**
 * What may be left after all cycles, once garbage is collected. A leak of the elements would be
 * counted in thousands (each element holds a shadow tree of tens to hundreds of nodes).
 */
const BOUNDS = {
  nodes: 50,
  jsEventListeners: 5,
  documents: 0,
  heapBytes: 1_000_000,
  instances: 0,
};

async function bundlePath() {
  if (args.bundle && existsSync(args.bundle)) {
    console.log(`bundle: ${args.bundle}, built ${statSync(args.bundle).mtime.toISOString()}`);
    return args.bundle;
  }
  console.log('bundling src/index.ts with esbuild');
  const { build } = await import('esbuild');
  const out = join(mkdtempSync(join(tmpdir(), 'occ-leaks-')), 'occ-elements.js');
  await build({
    entryPoints: ['src/index.ts'],
    bundle: true,
    format: 'esm',
    target: 'es2022',
    outfile: out,
    logLevel: 'warning',
    ignoreAnnotations: true, // package.json's sideEffects lists dist/, not src/
  });
  return out;
}

const bundle = readFileSync(await bundlePath());
const profile = readFileSync('data/editions/2019-20/29-2071.json');
const index = readFileSync('test/fixtures/index.json');
const page = `<!doctype html><html lang="en"><meta charset="utf-8"><title>leaks</title>
<script type="module" src="/occ-elements.js"></script><body><div id="stage" style="width:640px"></div>`;

const server = createServer((req, res) => {
  const url = new URL(req.url, 'http://127.0.0.1');
  if (url.pathname === '/') {
    res.writeHead(200, { 'content-type': 'text/html' }).end(page);
  } else if (url.pathname === '/occ-elements.js') {
    res.writeHead(200, { 'content-type': 'text/javascript' }).end(bundle);
  } else if (url.pathname === '/profile.json' || url.pathname === '/other-profile.json') {
    res.writeHead(200, { 'content-type': 'application/json' }).end(profile);
  } else if (url.pathname === '/index.json') {
    res.writeHead(200, { 'content-type': 'application/json' }).end(index);
  } else if (url.pathname === '/slow.json') {
    // Answers after 2 s, by which time the element that asked has been removed.
    const timer = setTimeout(
      () => res.writeHead(200, { 'content-type': 'application/json' }).end(profile),
      2000,
    );
    req.on('close', () => clearTimeout(timer));
  } else {
    res.writeHead(404).end();
  }
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const origin = `http://127.0.0.1:${server.address().port}`;

const browser = await puppeteer.launch({ executablePath: findChrome(), args: chromeArgs });
let failed = false;
try {
  const tab = await browser.newPage();
  const pageErrors = [];
  tab.on('pageerror', (error) => pageErrors.push(error.message));
  await tab.goto(`${origin}/`, { waitUntil: 'load' });
  await tab.evaluate(
    (tags) => Promise.all(tags.map((tag) => customElements.whenDefined(tag))),
    TAGS,
  );
  const cdp = await tab.createCDPSession();

  /**
   * Counters after three full garbage collections. First two animation frames with a style update:
   * until one, Chromium's document timeline still holds the CSS animation (the loading skeleton's
   * pulse) of an element removed while loading, and with it that element.
   */
  async function measure(tag) {
    await tab.evaluate(async () => {
      const stage = document.getElementById('stage');
      stage.style.minHeight = '1px';
      await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
      stage.style.minHeight = '';
      await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    });
    for (let i = 0; i < 3; i += 1) await cdp.send('HeapProfiler.collectGarbage');
    const dom = await cdp.send('Memory.getDOMCounters');
    const heap = await cdp.send('Runtime.getHeapUsage');
    const { result: prototype } = await cdp.send('Runtime.evaluate', {
      expression: `customElements.get(${JSON.stringify(tag)}).prototype`,
    });
    const { objects } = await cdp.send('Runtime.queryObjects', {
      prototypeObjectId: prototype.objectId,
    });
    const { result: count } = await cdp.send('Runtime.callFunctionOn', {
      objectId: objects.objectId,
      functionDeclaration: 'function () { return this.length; }',
      returnByValue: true,
    });
    await cdp.send('Runtime.releaseObject', { objectId: objects.objectId });
    await cdp.send('Runtime.releaseObject', { objectId: prototype.objectId });
    return {
      nodes: dom.nodes,
      jsEventListeners: dom.jsEventListeners,
      documents: dom.documents,
      heapBytes: heap.usedSize,
      instances: count.value,
    };
  }

  /**
   * `cycles` times: create, give data (or a src), show, remove; ten at a time. With `distinct`,
   * every element gets a profile of its own (other labels and titles), as when a reader browses
   * one occupation after another. The finder (an index by URL) and the comparison (profile URLs)
   * take no `data`: each gets its URLs, and with `distinct` a state of its own (a search and a
   * sort; the hourly basis, another highlight and the index picker).
   */
  const run = (tag, cycles, distinct = false) =>
    tab.evaluate(
      async (tag, cycles, distinct) => {
        const stage = document.getElementById('stage');
        const data = await (await fetch('/profile.json')).json();
        const small = { schemaVersion: 1, occupation: { title: 'Actuaries', soc: ['15-2011'] } };
        const own = (n) => {
          const copy = structuredClone(data);
          copy.occupation.title = `Occupation ${n}`;
          for (const row of copy.pay.medians) row.label = `${row.label} ${n}`;
          for (const row of copy.outlook.changes) row.label = `${row.label} ${n}`;
          for (const row of copy.employers.industries) row.industry = `${row.industry} ${n}`;
          return copy;
        };
        for (let batch = 0; batch < cycles / 10; batch += 1) {
          const elements = Array.from({ length: 10 }, (_, i) => {
            const el = document.createElement(tag);
            const n = batch * 10 + i;
            if (tag === 'occ-finder') {
              el.src = i === 9 ? '/slow.json' : '/index.json';
              if (distinct) {
                el.query = ['nurse', 'manager', '29-', 'e'][n % 4];
                el.sort = ['title', 'pay', 'growth', 'jobs'][n % 4];
              }
            } else if (tag === 'occ-compare') {
              el.src = i === 9 ? '/slow.json /profile.json' : '/profile.json /other-profile.json';
              if (distinct) {
                el.basis = n % 2 ? 'hourly' : 'annual';
                el.highlight = '/other-profile.json';
                if (n % 3 === 0) el.index = '/index.json';
              }
            } else if (i === 9)
              el.src = '/slow.json'; // removed while loading: the request is aborted
            else if (i === 8) el.src = '/profile.json';
            else if (distinct) el.data = own(batch * 10 + i);
            else el.data = batch % 2 ? data : small;
            stage.append(el);
            return el;
          });
          elements[0].remove(); // removed before its first render
          await Promise.all(elements.slice(1, 9).map((el) => el.updateComplete));
          await new Promise((resolve) => requestAnimationFrame(resolve));
          for (const el of elements) el.remove();
        }
        await new Promise((resolve) => setTimeout(resolve, 100));
        return stage.childElementCount;
      },
      tag,
      cycles,
      distinct,
    );

  const rows = [];
  for (const [tag, distinct] of [
    ...TAGS.map((tag) => [tag, false]),
    ...TAGS.map((tag) => [tag, true]),
  ]) {
    // Warm-up: caches, optimised code, the shared profile; what follows is the steady state.
    await run(tag, Math.max(10, Math.round(CYCLES / 20) * 10), distinct);
    const before = await measure(tag);
    const started = Date.now();
    const left = await run(tag, CYCLES, distinct);
    const ms = Date.now() - started;
    const after = await measure(tag);
    const growth = Object.fromEntries(
      Object.keys(BOUNDS).map((key) => [key, after[key] - before[key]]),
    );
    const over = Object.keys(BOUNDS).filter((key) => growth[key] > BOUNDS[key]);
    if (left !== 0) over.push('elements left on the stage');
    const profiles = distinct ? 'one each' : 'shared';
    rows.push({
      tag,
      profiles,
      cycles: CYCLES,
      ms,
      ...growth,
      instancesAfter: after.instances,
      over,
    });
    if (over.length) failed = true;
  }
  console.table(
    rows.map(({ over, ...row }) => ({ ...row, result: over.length ? `FAIL: ${over}` : 'ok' })),
  );
  console.log(
    `bounds (growth after ${CYCLES} cycles, after GC): ${JSON.stringify(BOUNDS)}; page errors: ${pageErrors.length}`,
  );
  if (pageErrors.length) {
    failed = true;
    console.log(pageErrors.slice(0, 5).join('\n'));
  }
} finally {
  await browser.close();
  server.close();
}
console.log(failed ? 'leaks: FAILED' : 'leaks: ok');
process.exit(failed ? 1 : 0);
