/* global window, document, performance, PerformanceObserver, setTimeout, Event */
// `npm run bench:finder`'s page: <occ-finder> from the built bundle over the 809-entry test index.
// bench.render() times the load and the render of every row and lists the long tasks (> 50 ms)
// meanwhile; bench.type() times each keystroke of a search, from the input event to the updated
// results on screen (filter, sort and render).
import '/dist/occ-elements.js';

const INDEX = '/test/fixtures/index-large.json';
/** @type {{ start: number, duration: number }[]} */
const longTasks = [];
new PerformanceObserver((list) => {
  for (const entry of list.getEntries()) {
    longTasks.push({ start: entry.startTime, duration: entry.duration });
  }
}).observe({ type: 'longtask', buffered: true });

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
const stage = document.getElementById('stage');

async function finder(attributes = {}) {
  const el = document.createElement('occ-finder');
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  el.src = INDEX;
  const loaded = new Promise((resolve) => el.addEventListener('occ-load', resolve, { once: true }));
  stage.replaceChildren(el);
  await loaded;
  return el;
}

const rows = (el) => el.shadowRoot.querySelectorAll('tbody tr').length;

window.bench = {
  /** Load, then every row on screen: time to the first rows and to the last, and long tasks. */
  async render() {
    const start = performance.now();
    const el = await finder();
    await el.updateComplete;
    const first = performance.now() - start;
    const firstRows = rows(el);
    while (rows(el) < el.results.length) await sleep(4);
    const all = performance.now() - start;
    await sleep(200); // the observer reports after the task
    const tasks = longTasks.filter((task) => task.start >= start);
    return {
      rows: rows(el),
      firstRows,
      firstMs: first,
      allMs: all,
      longTasks: tasks.map((task) => Math.round(task.duration)),
    };
  },
  /** Types `text` into the search one key at a time: each keystroke's time to updated results. */
  async type(text) {
    const el = await finder();
    await el.updateComplete;
    const input = el.shadowRoot.querySelector('#q');
    const times = [];
    const results = [];
    for (let i = 1; i <= text.length; i += 1) {
      const start = performance.now();
      input.value = text.slice(0, i);
      input.dispatchEvent(new Event('input', { bubbles: true }));
      await el.updateComplete;
      times.push(performance.now() - start);
      results.push(el.results.length);
      await sleep(30);
    }
    return { times, results };
  },
};
