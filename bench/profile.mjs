// @ts-check
// Where the time goes when a render budget is missed:
//  - a CPU profile (DevTools protocol Profiler) of the <occ-pay-chart> comparison page drawing
//    its 100 charts (the minified build: names are short, files and lines locate them),
//    summarised as the functions with the most self time;
//  - a trace of the comparison pages, summarised as main-thread self time per activity
//    (script, style, layout, paint…).
// The raw profile and traces are written to bench/.cache/ (git-ignored) to open in DevTools.
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { openPage } from './browser.mjs';
import { repoRoot } from './server.mjs';

const cacheDir = join(repoRoot, 'bench/.cache');

/**
 * Self and total time per function of a CPU profile, the largest self times first.
 * @param {{ nodes: any[], samples?: number[], timeDeltas?: number[] }} profile
 */
export function topFunctions(profile, limit = 20) {
  const { nodes, samples = [], timeDeltas = [] } = profile;
  const byId = new Map(nodes.map((node) => [node.id, node]));
  /** @type {Map<number, number>} */
  const parent = new Map();
  for (const node of nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const key = (/** @type {any} */ node) => {
    const { functionName, url, lineNumber, columnNumber } = node.callFrame;
    const file = url ? url.slice(url.lastIndexOf('/') + 1) : '';
    return `${functionName || '(anonymous)'}${file ? ` ${file}:${lineNumber + 1}:${columnNumber + 1}` : ''}`;
  };
  /** @type {Map<string, { self: number, total: number }>} */
  const times = new Map();
  const entry = (/** @type {string} */ name) => {
    let value = times.get(name);
    if (!value) times.set(name, (value = { self: 0, total: 0 }));
    return value;
  };
  let sampled = 0;
  samples.forEach((id, index) => {
    const dt = (timeDeltas[index + 1] ?? 0) / 1000;
    const node = byId.get(id);
    if (!node || node.callFrame.functionName === '(idle)') return;
    sampled += dt;
    entry(key(node)).self += dt;
    const seen = new Set();
    for (let at = id; at !== undefined; at = parent.get(at)) {
      const name = key(byId.get(at));
      if (seen.has(name) || name === '(root)') continue;
      seen.add(name);
      entry(name).total += dt;
    }
  });
  const round = (/** @type {number} */ ms) => Math.round(ms * 10) / 10;
  return {
    sampledMs: round(sampled),
    functions: [...times]
      .map(([name, { self, total }]) => ({ name, selfMs: round(self), totalMs: round(total) }))
      .sort((a, b) => b.selfMs - a.selfMs)
      .slice(0, limit),
  };
}

/**
 * Main-thread self time per trace event name (FunctionCall, UpdateLayoutTree, Layout, Paint…)
 * of the renderer that did the most work.
 * @param {{ traceEvents: any[] }} trace
 */
export function mainThreadActivity(trace, limit = 12) {
  const events = trace.traceEvents;
  const mains = new Set(
    events
      .filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain')
      .map((e) => `${e.pid}:${e.tid}`),
  );
  /** @type {Map<string, any[]>} */
  const byThread = new Map();
  for (const event of events) {
    const thread = `${event.pid}:${event.tid}`;
    if (event.ph !== 'X' || !mains.has(thread) || !event.dur) continue;
    const list = byThread.get(thread);
    if (list) list.push(event);
    else byThread.set(thread, [event]);
  }
  // The page's renderer: the main thread that did the most script, style and layout work.
  const work = (/** @type {any[]} */ list) =>
    list
      .filter((e) => /^(RunMicrotasks|FunctionCall|Layout|UpdateLayoutTree)$/.test(e.name))
      .reduce((sum, e) => sum + e.dur, 0);
  const busiest = [...byThread.values()].sort((a, b) => work(b) - work(a))[0];
  if (!busiest) return { busyMs: 0, activities: [] };
  busiest.sort((a, b) => a.ts - b.ts || b.dur - a.dur);
  /** @type {Map<string, number>} */
  const self = new Map();
  /** @type {{ end: number, name: string }[]} */
  const stack = [];
  for (const event of busiest) {
    while (stack.length && (stack.at(-1)?.end ?? 0) <= event.ts) stack.pop();
    const top = stack.at(-1);
    // Time inside a child is not its parent's own time.
    if (top) self.set(top.name, (self.get(top.name) ?? 0) - event.dur);
    self.set(event.name, (self.get(event.name) ?? 0) + event.dur);
    stack.push({ end: event.ts + event.dur, name: event.name });
  }
  const busy = busiest.filter((e) => e.name === 'RunTask').reduce((s, e) => s + e.dur, 0);
  /** @type {Record<string, number>} */
  const kinds = {};
  for (const [name, us] of self) {
    const kind = kindOf(name);
    kinds[kind] = (kinds[kind] ?? 0) + us;
  }
  return {
    busyMs: Math.round(busy / 100) / 10,
    kinds: Object.fromEntries(
      Object.entries(kinds)
        .map(([kind, us]) => /** @type {const} */ ([kind, Math.round(us / 100) / 10]))
        .filter(([, ms]) => ms > 0)
        .sort((a, b) => b[1] - a[1]),
    ),
    activities: [...self]
      .map(([name, us]) => ({ name, selfMs: Math.round(us / 100) / 10 }))
      .filter((a) => a.selfMs > 0)
      .sort((a, b) => b.selfMs - a.selfMs)
      .slice(0, limit),
  };
}

/**
 * What a main-thread trace event is: script (JS, including the microtasks it runs in), style,
 * layout, paint (paint, layerize, commit), garbage collection, HTML parsing, or other (the task
 * loop's own time).
 * @param {string} name
 */
function kindOf(name) {
  if (/GC|garbage/i.test(name)) return 'gc';
  if (
    /^(RunMicrotasks|FunctionCall|EvaluateScript|FireAnimationFrame|TimerFire|EventDispatch|v8\.|V8\.)/.test(
      name,
    )
  )
    return 'script';
  if (/^(UpdateLayoutTree|ParseAuthorStyleSheet|RecalculateStyles)/.test(name)) return 'style';
  if (/^(Layout|UpdateLayout)$/.test(name)) return 'layout';
  if (/^(PrePaint|Paint|Layerize|Commit|UpdateLayer|CompositeLayers)/.test(name)) return 'paint';
  if (name === 'ParseHTML') return 'parse HTML';
  return 'other';
}

const traceCategories = [
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'v8.execute',
  'blink.user_timing',
];

/**
 * @param {import('puppeteer-core').Browser} browser
 * @param {{ origin: string, count: number, progress: (line: string) => void }} options
 */
export async function profileCompare(browser, { origin, count, progress }) {
  await mkdir(cacheDir, { recursive: true });
  const render = (/** @type {import('puppeteer-core').Page} */ page) =>
    page.evaluate((count) => /** @type {any} */ (globalThis).bench.render(count), count);

  // CPU profile of <occ-pay-chart>.
  const occ = await openPage(browser, `${origin}/bench/pages/compare-occ.html`);
  let cpu;
  try {
    const session = await occ.page.createCDPSession();
    await session.send('Profiler.enable');
    await session.send('Profiler.setSamplingInterval', { interval: 100 });
    await session.send('Profiler.start');
    const result = await render(occ.page);
    const { profile } = await session.send('Profiler.stop');
    const file = join(cacheDir, `compare-occ-${count}.cpuprofile`);
    await writeFile(file, JSON.stringify(profile));
    cpu = {
      renderMs: Math.round(result.ms),
      file: 'bench/.cache/' + file.split('/').pop(),
      ...topFunctions(profile),
    };
    progress(`profile: <occ-pay-chart> x${count} ${cpu.renderMs} ms, CPU profile in ${cpu.file}`);
  } finally {
    await occ.close();
  }

  // Traces of every comparison page with the real artefacts.
  /** @type {Record<string, unknown>} */
  const traces = {};
  for (const id of ['svg', 'occ', 'chartjs', 'highcharts']) {
    const { page, close } = await openPage(browser, `${origin}/bench/pages/compare-${id}.html`);
    try {
      const path = join(cacheDir, `compare-${id}-${count}.trace.json`);
      await page.tracing.start({ path, categories: traceCategories });
      const result = await render(page);
      const buffer = await page.tracing.stop();
      const trace = JSON.parse(Buffer.from(buffer ?? '').toString('utf8'));
      traces[id] = {
        renderMs: Math.round(result.ms),
        file: `bench/.cache/compare-${id}-${count}.trace.json`,
        ...mainThreadActivity(trace),
      };
      progress(
        `profile: trace of compare-${id} x${count} (${Math.round(result.ms)} ms while tracing)`,
      );
    } finally {
      await close();
    }
  }
  return { cpu, traces };
}
