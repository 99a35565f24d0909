// @ts-check
// Main thread on a page with one <occ-profile> (stylesheet and loader in <head>, the reference
// profile): the long tasks (over 50 ms) from navigation until the profile has loaded and its
// idle-time work (the other tabs' elements) is done, without CPU throttling and at 4x (DevTools'
// CPU throttling). Total blocking time: the sum over long tasks after the first contentful paint
// of the time beyond 50 ms. Several fresh pages each; the worst long task and the median TBT.
import { VIEWPORT } from './browser.mjs';
import { median } from './stats.mjs';

/**
 * @param {import('puppeteer-core').Browser} browser
 * @param {{ origin: string, rounds: number, progress: (line: string) => void }} options
 */
export async function measureMainThread(browser, { origin, rounds, progress }) {
  /** @type {Record<string, { longest: number, count: number, tbt: number, longTasks: number[] }[]>} */
  const runs = { 1: [], 4: [] };
  for (let round = 1; round <= rounds; round += 1) {
    for (const rate of [1, 4]) {
      const context = await browser.createBrowserContext();
      try {
        const page = await context.newPage();
        await page.setViewport(VIEWPORT);
        const session = await page.createCDPSession();
        await session.send('Emulation.setCPUThrottlingRate', { rate });
        await page.goto(`${origin}/bench/pages/main-thread.html`, { waitUntil: 'load' });
        await page.waitForFunction('window.result !== undefined', { timeout: 60_000 });
        const result = await page.evaluate(() => /** @type {any} */ (globalThis).result);
        if (result.outcome !== 'load') throw new Error(`<occ-profile>: ${result.outcome}`);
        /** @type {{ startTime: number, duration: number }[]} */
        const tasks = result.longTasks;
        const fcp = result.firstContentfulPaint ?? 0;
        const run = {
          longest: Math.max(0, ...tasks.map((t) => t.duration)),
          count: tasks.length,
          tbt: tasks
            .filter((t) => t.startTime >= fcp)
            .reduce((sum, t) => sum + Math.max(0, t.duration - 50), 0),
          longTasks: tasks.map((t) => Math.round(t.duration)),
        };
        runs[rate].push(run);
        progress(
          `main thread: round ${round}/${rounds}, CPU ${rate}x: longest task ${Math.round(run.longest)} ms, ${run.count} over 50 ms, TBT ${Math.round(run.tbt)} ms`,
        );
      } finally {
        await context.close();
      }
    }
  }
  const summary = (/** @type {typeof runs[string]} */ list) => ({
    longest: Math.max(...list.map((r) => r.longest)),
    medianLongest: median(list.map((r) => r.longest)),
    tbt: median(list.map((r) => r.tbt)),
    runs: list,
  });
  return { rounds, unthrottled: summary(runs[1]), throttled4x: summary(runs[4]) };
}
