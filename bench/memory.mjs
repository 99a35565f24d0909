// @ts-check
// Memory: the JS heap after rendering 100 of each element (pages/render.html), read through the
// DevTools protocol (Performance.getMetrics), then again after a forced garbage collection
// (HeapProfiler.collectGarbage). A page that rendered nothing gives the baseline.
import { withPage } from './browser.mjs';

/** @param {import('puppeteer-core').Page} page */
async function heap(page) {
  const before = (await page.metrics()).JSHeapUsedSize ?? NaN;
  const session = await page.createCDPSession();
  await session.send('HeapProfiler.collectGarbage');
  await session.detach();
  const after = (await page.metrics()).JSHeapUsedSize ?? NaN;
  return { beforeGc: before, afterGc: after };
}

/**
 * @param {import('puppeteer-core').Browser} browser
 * @param {{ pageUrl: (tags: string[]) => string, tags: string[], count: number, progress: (line: string) => void }} options
 */
export async function measureMemory(browser, { pageUrl, tags, count, progress }) {
  const mb = (/** @type {number} */ bytes) => `${(bytes / 1048576).toFixed(2)} MB`;
  const baseline = await withPage(browser, pageUrl(tags), heap);
  progress(`memory: empty page ${mb(baseline.beforeGc)}, after GC ${mb(baseline.afterGc)}`);
  /** @type {Record<string, { beforeGc: number, afterGc: number, elements: number }>} */
  const elements = {};
  for (const tag of [...tags, 'all']) {
    const which = tag === 'all' ? tags : [tag];
    elements[tag] = await withPage(browser, pageUrl(which), async (page) => {
      let rendered = 0;
      for (const name of which) {
        const result = await page.evaluate(
          (name, count) => /** @type {any} */ (globalThis).bench.render(name, count),
          name,
          count,
        );
        rendered += result.census.elements;
      }
      return { ...(await heap(page)), elements: rendered };
    });
    const { beforeGc, afterGc } = elements[tag];
    progress(
      `memory: ${count} x ${tag === 'all' ? 'every element' : tag}: ${mb(beforeGc)}, after GC ${mb(afterGc)}`,
    );
  }
  return { count, baseline, elements };
}
