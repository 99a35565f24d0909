// @ts-check
// Requests: 20 <occ-quick-facts> and one of each other element share one `src` (pages/
// requests.html); the page must request that URL once.
import { withPage } from './browser.mjs';

export const SHARED_PATH = '/data/editions/2019-20/29-2071.json';

/**
 * @param {import('puppeteer-core').Browser} browser
 * @param {{ url: string, log: import('./server.mjs').LoggedRequest[], progress: (line: string) => void }} options
 */
export async function measureRequests(browser, { url, log, progress }) {
  /** @type {string[]} */
  const requested = [];
  const logged = log.length;
  const result = await withPage(
    browser,
    url,
    (page) => page.evaluate(() => /** @type {any} */ (globalThis).bench.done()),
    { before: (page) => page.on('request', (request) => requested.push(request.url())) },
  );
  const requests = requested.filter((href) => new URL(href).pathname === SHARED_PATH).length;
  const serverRequests = log.slice(logged).filter((entry) => entry.path === SHARED_PATH).length;
  /** @type {Record<string, number>} */
  const elements = {};
  for (const tag of result.tags) elements[tag] = (elements[tag] ?? 0) + 1;
  progress(
    `requests: ${result.tags.length} elements with src="${SHARED_PATH}": ${requests} request(s) (server saw ${serverRequests})`,
  );
  return { url: SHARED_PATH, elements, requests, serverRequests, census: result.census };
}
