/* global document, customElements -- page.evaluate() runs its function in the browser */
// `npm run screenshots`: PNG pictures of the demo's figures, taken in headless Chromium, for the
// README (docs/images/). Serves the demo with the dev server's own config.
import { mkdir } from 'node:fs/promises';
import { startDevServer } from '@web/dev-server';
import puppeteer from 'puppeteer-core';
import devServerConfig from '../web-dev-server.config.mjs';
import { chromeArgs, findChrome } from './chrome.mjs';

const figures = [
  'quick-facts-light',
  'quick-facts-dark',
  'pay-light',
  'pay-dark',
  'pay-narrow-light',
  'pay-narrow-dark',
  'outlook-light',
  'outlook-dark',
  'outlook-narrow-light',
  'outlook-narrow-dark',
];

const server = await startDevServer({
  config: { ...devServerConfig, port: 8765, watch: false, open: false, logStartMessage: false },
  readCliArgs: false,
  readFileConfig: false,
  logStartMessage: false,
});
const browser = await puppeteer.launch({ executablePath: findChrome(), args: chromeArgs });
try {
  const page = await browser.newPage();
  await page.setViewport({ width: 1280, height: 900, deviceScaleFactor: 1 });
  await page.goto('http://localhost:8765/demo/', { waitUntil: 'networkidle0' });
  await page.evaluate(async () => {
    const tags = ['occ-quick-facts', 'occ-pay-chart', 'occ-outlook'];
    await Promise.all(tags.map((tag) => customElements.whenDefined(tag)));
    const elements = [...document.querySelectorAll(tags.join(','))];
    await Promise.all(elements.map((el) => el.updateComplete));
    await document.fonts.ready;
  });
  await mkdir('docs/images', { recursive: true });
  for (const id of figures) {
    const figure = await page.$(`#${id}`);
    if (!figure) throw new Error(`No figure #${id} in demo/index.html`);
    await figure.screenshot({ path: `docs/images/${id}.png` });
    console.log(`docs/images/${id}.png`);
  }
} finally {
  await browser.close();
  await server.stop();
}
