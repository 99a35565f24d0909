// @ts-check
/* global CSSStyleSheet, MutationObserver, document */
// `node bench/finder-trace.mjs`: where <occ-finder>'s long tasks go. Renders the 809-entry index
// once (bench/pages/finder.html) under a DevTools trace, and prints each task over 50 ms with its
// time split by kind (script, style, layout, paint, parse, GC) and the trace events it spent most in.
import { launch, openPage } from './browser.mjs';
import { startServer } from './server.mjs';

const CATEGORIES = [
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'v8.execute',
  'blink',
  'v8',
];
/** Trace event names, by the kind of work they are. */
const KINDS = {
  FunctionCall: 'script',
  EvaluateScript: 'script',
  'v8.callFunction': 'script',
  RunMicrotasks: 'script',
  'v8.evaluateModule': 'module evaluation',
  'v8.compile': 'compile',
  'v8.compileModule': 'compile',
  V8GC: 'gc',
  MajorGC: 'gc',
  MinorGC: 'gc',
  UpdateLayoutTree: 'style',
  RecalculateStyles: 'style',
  Layout: 'layout',
  PrePaint: 'paint',
  Paint: 'paint',
  Layerize: 'paint',
  ParseHTML: 'parse',
  ParseAuthorStyleSheet: 'parse',
};

const server = await startServer();
const browser = await launch();
try {
  const { page, close } = await openPage(browser, `${server.origin}/bench/pages/finder.html`);
  if (process.env.EXTRA_CSS) {
    // An experiment: extra CSS in the finder's shadow root, to see what a rule costs.
    await page.evaluate((text) => {
      const sheet = new CSSStyleSheet();
      sheet.replaceSync(text);
      new MutationObserver(() => {
        const root = document.querySelector('occ-finder')?.shadowRoot;
        if (root && !root.adoptedStyleSheets.includes(sheet))
          root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
      }).observe(document.body, { childList: true, subtree: true });
    }, process.env.EXTRA_CSS);
  }
  await page.tracing.start({ categories: CATEGORIES });
  const render = await page.evaluate(() => /** @type {any} */ (globalThis).bench.render());
  const trace = JSON.parse(
    Buffer.from(/** @type {Uint8Array} */ (await page.tracing.stop())).toString('utf8'),
  );
  await close();
  /** @type {any[]} */
  const events = trace.traceEvents;
  // The page's main thread: the renderer of the frame at the bench page's URL.
  const started = events.find((e) => e.name === 'TracingStartedInBrowser');
  /** @type {{ url: string, processId: number }[]} */
  const frames = started?.args?.data?.frames ?? [];
  const pid = frames.find((frame) => frame.url.includes('/bench/pages/finder.html'))?.processId;
  const main = events.find(
    (e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain' && e.pid === pid,
  );
  const onMain = events.filter((e) => e.pid === main?.pid && e.tid === main?.tid && e.ph === 'X');
  const tasks = onMain.filter((e) => e.name === 'RunTask' && e.dur > 50_000);
  console.log(
    `${render.rows} rows; long tasks by PerformanceObserver: ${JSON.stringify(render.longTasks)}`,
  );
  for (const task of tasks) {
    const inside = onMain.filter((e) => e.ts >= task.ts && e.ts + e.dur <= task.ts + task.dur);
    /** @type {Record<string, number>} */
    const byKind = {};
    for (const e of inside) {
      const kind = /** @type {Record<string, string>} */ (KINDS)[e.name];
      // Count each kind's outermost events only (a FunctionCall inside a FunctionCall is one).
      if (!kind) continue;
      const outer = inside.some(
        (o) => o !== e && KINDS[o.name] === kind && o.ts <= e.ts && o.ts + o.dur >= e.ts + e.dur,
      );
      if (!outer) byKind[kind] = (byKind[kind] ?? 0) + e.dur / 1000;
    }
    const calls = inside
      .filter((e) => e.name === 'FunctionCall' && e.dur > 2000)
      .map(
        (e) =>
          `${e.args?.data?.functionName || '(anonymous)'} ${e.args?.data?.url?.split('/').pop() ?? ''}:${e.args?.data?.lineNumber ?? ''} ${Math.round(e.dur / 1000)} ms`,
      );
    const split = Object.entries(byKind)
      .sort((a, b) => b[1] - a[1])
      .map(([kind, ms]) => `${kind} ${Math.round(ms)} ms`)
      .join(', ');
    console.log(`task ${Math.round(task.dur / 1000)} ms: ${split}`);
    {
      /** @type {Record<string, number>} */
      const byName = {};
      for (const e of inside) if (e !== task) byName[e.name] = (byName[e.name] ?? 0) + e.dur / 1000;
      const top = Object.entries(byName)
        .sort((a, b) => b[1] - a[1])
        .slice(0, 14);
      console.log(`  ${top.map(([name, ms]) => `${name} ${Math.round(ms)}`).join('; ')}`);
    }
    for (const call of calls.slice(0, 8)) console.log(`  ${call}`);
  }
} finally {
  await browser.close();
  await server.close();
}
