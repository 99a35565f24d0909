// @ts-check
// Layout shift: one of every element stacked, each loading over a response delayed by 500 ms
// (pages/cls.html). The viewport is tall enough to hold the whole stack, so a shift anywhere in it
// counts.
import { withPage } from './browser.mjs';

/**
 * @param {import('puppeteer-core').Browser} browser
 * @param {{ url: string, progress: (line: string) => void }} options
 */
export async function measureCls(browser, { url, progress }) {
  const viewport = { width: 1280, height: 8000, deviceScaleFactor: 1 };
  const result = await withPage(
    browser,
    url,
    (page) => page.evaluate(() => /** @type {any} */ (globalThis).bench.done()),
    { viewport },
  );
  progress(
    `cls: ${result.cls} from script start (${result.shifts.length} shift entries on the page); ` +
      result.elements
        .map(
          (/** @type {any} */ e) =>
            `${e.tag} ${e.placeholderHeight} -> ${e.loadedHeight} px${e.busy ? '' : ' (not busy when read)'}`,
        )
        .join(', '),
  );
  return { delayMs: 500, viewport: `${viewport.width}x${viewport.height}`, ...result };
}
