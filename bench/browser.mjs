// @ts-check
// Headless Chromium as the tests run it (scripts/chrome.mjs: Debian's /usr/bin/chromium or
// CHROME_PATH, with the same flags), and pages opened each in a fresh incognito context.
import puppeteer from 'puppeteer-core';
import { chromeArgs, findChrome } from '../scripts/chrome.mjs';

export const VIEWPORT = { width: 1280, height: 900, deviceScaleFactor: 1 };

export async function launch() {
  return puppeteer.launch({
    executablePath: findChrome(),
    // Exposes `gc()` nowhere: garbage collection is forced through the DevTools protocol.
    args: chromeArgs,
  });
}

/**
 * Opens `url` in a new incognito browser context and waits until the page has set `window.bench`
 * (its libraries loaded, its data fetched). Page errors are collected and fail the measurement.
 * @param {import('puppeteer-core').Browser} browser
 * @param {string} url
 * @param {{ viewport?: import('puppeteer-core').Viewport, before?: (page: import('puppeteer-core').Page) => unknown }} [options]
 */
export async function openPage(browser, url, { viewport = VIEWPORT, before } = {}) {
  const context = await browser.createBrowserContext();
  const page = await context.newPage();
  /** @type {string[]} */
  const errors = [];
  page.on('pageerror', (error) => errors.push(error instanceof Error ? error.message : `${error}`));
  page.on('console', (message) => {
    if (message.type() === 'error') {
      const where = message.location().url;
      errors.push(`${message.text()}${where ? ` (${where})` : ''}`);
    }
  });
  await page.setViewport(viewport);
  await before?.(page);
  try {
    await page.goto(url, { waitUntil: 'load' });
    await page.waitForFunction('window.bench !== undefined', { timeout: 60_000 });
  } catch (error) {
    await context.close();
    const message = error instanceof Error ? error.message : `${error}`;
    throw new Error(`${url} did not get ready: ${[message, ...errors].join('; ')}`);
  }
  return {
    page,
    errors,
    close: () => context.close(),
  };
}

/**
 * Runs `fn` with a page, then closes its context.
 * @template T
 * @param {import('puppeteer-core').Browser} browser
 * @param {string} url
 * @param {(page: import('puppeteer-core').Page, errors: string[]) => Promise<T>} fn
 * @param {Parameters<typeof openPage>[2]} [options]
 * @returns {Promise<T>}
 */
export async function withPage(browser, url, fn, options) {
  const { page, errors, close } = await openPage(browser, url, options);
  try {
    const result = await fn(page, errors);
    if (errors.length) throw new Error(`${url}: ${errors.join('; ')}`);
    return result;
  } finally {
    await close();
  }
}
