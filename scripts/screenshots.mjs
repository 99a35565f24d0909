/* global document, customElements, requestAnimationFrame -- page.evaluate() runs its function in the browser */
// `npm run screenshots`: PNG pictures of every element for the README (docs/images/), taken in
// headless Chromium from the 2024-34 data: each element light and dark, 1000 px and 360 px wide.
// Serves the repository with the dev server's own config and stages each element on the demo page.
import { mkdir } from 'node:fs/promises';
import { startDevServer } from '@web/dev-server';
import puppeteer from 'puppeteer-core';
import devServerConfig from '../web-dev-server.config.mjs';
import { chromeArgs, findChrome } from './chrome.mjs';

/** Each picture's element: its tag and attributes (data URLs relative to the demo page). */
const ELEMENTS = {
  'quick-facts': { tag: 'occ-quick-facts', attributes: { src: '../data/29-2072.json' } },
  pay: { tag: 'occ-pay-chart', attributes: { src: '../data/29-2072.json' } },
  outlook: { tag: 'occ-outlook', attributes: { src: '../data/29-2072.json' } },
  employers: { tag: 'occ-employers', attributes: { src: '../data/29-1141.json' } },
  similar: { tag: 'occ-similar', attributes: { src: '../data/29-2072.json' } },
  profile: { tag: 'occ-profile', attributes: { src: '../data/29-2072.json', tab: 'pay' } },
  finder: {
    tag: 'occ-finder',
    attributes: { src: '../data/index.json', sort: 'growth', limit: '8' },
  },
  compare: {
    tag: 'occ-compare',
    attributes: { src: '../data/29-2072.json ../data/29-1141.json ../data/31-9092.json' },
  },
};
const WIDTHS = { wide: 1000, narrow: 360 };
const THEMES = ['light', 'dark'];

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
  await mkdir('docs/images', { recursive: true });
  for (const [name, { tag, attributes }] of Object.entries(ELEMENTS)) {
    for (const [size, width] of Object.entries(WIDTHS)) {
      for (const theme of THEMES) {
        const stage = await page.evaluate(
          async (tag, attributes, width, theme) => {
            document.querySelector('#occ-picture-stage')?.remove();
            const stage = document.createElement('div');
            stage.id = 'occ-picture-stage';
            // On top of the demo, on the theme's own surface, at the picture's width.
            stage.style.cssText = `position:absolute;top:0;left:0;z-index:9;width:${width}px;padding:16px;box-sizing:border-box;background:${theme === 'dark' ? '#15191f' : '#ffffff'}`;
            const element = document.createElement(tag);
            for (const [key, value] of Object.entries(attributes)) element.setAttribute(key, value);
            element.setAttribute('theme', theme);
            stage.append(element);
            document.body.append(stage);
            await customElements.whenDefined(tag);
            await new Promise((resolve) => {
              element.addEventListener('occ-load', resolve, { once: true });
              element.addEventListener('occ-error', resolve, { once: true });
            });
            await element.updateComplete;
            await document.fonts.ready;
            await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 50)));
            return true;
          },
          tag,
          attributes,
          width,
          theme,
        );
        if (!stage) throw new Error(`<${tag}> did not render`);
        const file = `docs/images/${name}-${size}-${theme}.png`;
        await (await page.$('#occ-picture-stage')).screenshot({ path: file });
        console.log(file);
      }
    }
  }
} finally {
  await browser.close();
  await server.stop();
}
// The dev server's file watcher (chokidar 3) can leave an fs.watch handle open after stop()
// (chokidar#1482), which kept this script alive after the last picture was written.
process.exit(0);
