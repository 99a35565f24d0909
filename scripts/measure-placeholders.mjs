// @ts-check
/* global document, requestAnimationFrame */
// `npm run css` (after `npm run build`): writes src/occ-elements.css, the stylesheet that reserves
// each element's size before its script runs (built to dist/occ-elements.css). Every element, in
// the variants listed below, is shown loading (its placeholder: the response never comes) in
// headless Chromium at 360 and 1000 px wide (`<occ-finder>` with an index, `<occ-compare>` with two
// profiles); the stylesheet gives each a `min-height` of that
// placeholder's height, the 360 px one on a viewport up to 40em wide (phones, where an element is
// about as wide as the screen), the 1000 px one above. Heights are in rem, so they follow the
// page's root font size as the elements' text does.
import { writeFile } from 'node:fs/promises';
import { formatAs } from './format-as.mjs';
import { launch } from '../bench/browser.mjs';
import { repoRoot, startServer } from '../bench/server.mjs';

const PROFILE = '/data/editions/2019-20/29-2071.json';
/**
 * What is reserved: each element, and the attributes that change its height a lot; its data
 * (`src`, and `index` for a comparison's menu) is the reference profile unless given.
 * @type {{ tag: string, attributes: string, src?: string, index?: string }[]}
 */
export const VARIANTS = [
  { tag: 'occ-quick-facts', attributes: '' },
  { tag: 'occ-pay-chart', attributes: '' },
  { tag: 'occ-pay-chart', attributes: 'hide-industries' },
  { tag: 'occ-pay-chart', attributes: 'hide-distribution' },
  { tag: 'occ-pay-chart', attributes: 'hide-distribution hide-industries' },
  { tag: 'occ-outlook', attributes: '' },
  { tag: 'occ-employers', attributes: '' },
  { tag: 'occ-similar', attributes: '' },
  { tag: 'occ-profile', attributes: '' },
  // The finder loads an index; a comparison, two profiles (and the index of its menu).
  { tag: 'occ-finder', attributes: '', src: '/data/index.json' },
  {
    tag: 'occ-compare',
    attributes: '',
    src: '/data/29-2072.json /data/29-1141.json',
    index: '/data/index.json',
  },
];
export const WIDTHS = [360, 1000];
const NARROW = '40em';
const REM = 16;

/** The CSS selector of a variant, for the element before it is defined. */
const selector = (/** @type {typeof VARIANTS[number]} */ v) =>
  `${v.tag}${v.attributes
    .split(' ')
    .filter(Boolean)
    .map((a) => `[${a}]`)
    .join('')}:not(:defined)`;

/**
 * The placeholder heights (px) of every variant at `width`, measured in a page of the bench server.
 * @param {import('puppeteer-core').Browser} browser
 * @param {string} origin
 * @param {number} width
 */
export async function placeholderHeights(browser, origin, width) {
  const context = await browser.createBrowserContext();
  try {
    const page = await context.newPage();
    await page.setViewport({ width, height: 900, deviceScaleFactor: 1 });
    await page.goto(`${origin}/bench/pages/blank.html`);
    return await page.evaluate(
      async (variants, width, profile) => {
        const tags = [...new Set(variants.map((v) => v.tag))];
        await Promise.all(tags.map((tag) => import(`/dist/browser/${tag}.js`)));
        document.body.style.margin = '0';
        const elements = variants.map((v) => {
          const box = document.createElement('div');
          box.style.width = `${width}px`;
          const element = document.createElement(v.tag);
          for (const name of v.attributes.split(' ').filter(Boolean))
            element.setAttribute(name, '');
          // Responses that do not come while this page is open: the placeholder stays.
          const slow = (/** @type {string} */ url) =>
            `${url}${url.includes('?') ? '&' : '?'}delay=60000`;
          element.setAttribute('src', (v.src ?? profile).split(' ').map(slow).join(' '));
          if (v.index) element.setAttribute('index', slow(v.index));
          box.append(element);
          document.body.append(box);
          return element;
        });
        await Promise.all(elements.map((e) => /** @type {any} */ (e).updateComplete));
        await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
        // A chart drawn to the element's width (<occ-compare>) renders again once it is measured.
        await Promise.all(elements.map((e) => /** @type {any} */ (e).updateComplete));
        await new Promise((resolve) => requestAnimationFrame(resolve));
        return elements.map((e) => ({
          busy: e.getAttribute('aria-busy') === 'true',
          height: e.getBoundingClientRect().height,
        }));
      },
      VARIANTS,
      width,
      PROFILE,
    );
  } finally {
    await context.close();
  }
}

/** @param {Record<number, { height: number }[]>} byWidth */
export function stylesheet(byWidth) {
  const rem = (/** @type {number} */ px) => `${Math.round((px / REM) * 100) / 100}rem`;
  const [narrow, wide] = WIDTHS;
  const rules = (/** @type {number} */ width) =>
    VARIANTS.map((v, i) => `${selector(v)} { min-height: ${rem(byWidth[width][i].height)}; }`).join(
      '\n',
    );
  return `/*
 * occ-elements.css: reserves each occ-* element's size before its script defines it, so a page
 * that loads the script late (at the end of the body, as a CMS does) does not move when the
 * elements appear. Link it in the <head>. Generated by \`npm run css\` from the elements' loading
 * placeholders measured at ${narrow} px (viewports up to ${NARROW}) and ${wide} px wide.
 */
${VARIANTS.map((v) => v.tag)
  .filter((tag, i, all) => all.indexOf(tag) === i)
  .map((tag) => `${tag}:not(:defined)`)
  .join(',\n')} {
  display: block;
  box-sizing: border-box;
}
${rules(wide)}
@media (max-width: ${NARROW}) {
${rules(narrow)}
}
`;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const server = await startServer();
  // The font of the benchmark pages (and of most sites' text: the system's).
  server.mount(
    '/bench/pages/blank.html',
    '<!doctype html><html lang="en"><meta charset="utf-8"><style>body{font-family:system-ui,sans-serif}</style><body></body>',
  );
  const browser = await launch();
  try {
    /** @type {Record<number, { height: number, busy: boolean }[]>} */
    const byWidth = {};
    for (const width of WIDTHS) {
      byWidth[width] = await placeholderHeights(browser, server.origin, width);
      const idle = byWidth[width].filter((m) => !m.busy);
      if (idle.length) throw new Error(`${idle.length} element(s) were not loading at ${width} px`);
      console.log(
        `${width} px: ${VARIANTS.map((v, i) => `${selector(v)} ${byWidth[width][i].height} px`).join(', ')}`,
      );
    }
    const file = `${repoRoot}src/occ-elements.css`;
    await writeFile(file, await formatAs(file, stylesheet(byWidth)));
    console.log(`Wrote ${file}`);
  } finally {
    await browser.close();
    await server.close();
  }
}
