// @ts-check
/* global document */
// Layout shift while an element loads, over a sample of the shipped profiles (data/index.json,
// every n-th occupation), for every element, at 360 px (a phone, 740 px tall) and 1000 px
// (900 px tall) wide, in two embeds:
//  - head: the element's own module in <head> with blocking="render" (the README's zero-shift
//    embed): the page is first painted with the element defined, showing its placeholder;
//  - body: the stylesheet (dist/occ-elements.css) in <head> and the loader (dist/occ-elements.js)
//    at the end of <body>, as a CMS editor pastes it: the page is first painted with the tags
//    undefined, at the size the stylesheet reserves.
// Each page is its own document (an iframe of that size, so the shift is scored against its own
// viewport): a line of text, the element (its profile's response delayed by 300 ms), a line below.
// Pages load several at a time, side by side in a viewport that shows them all (an off-screen
// frame would not be rendered, and so not scored).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { elementNames } from '../rollup.config.mjs';
import { VIEWPORT } from './browser.mjs';
import { DRAWS } from './draws.js';
import { repoRoot } from './server.mjs';

export const WIDTHS = [
  { width: 360, height: 740, together: 8 },
  { width: 1000, height: 900, together: 4 },
];
export const DELAY = 300;

/** Every n-th occupation of data/index.json, `count` of them. */
export function sampleProfiles(count = 50) {
  const index = JSON.parse(readFileSync(join(repoRoot, 'data/index.json'), 'utf8'));
  const all = index.occupations;
  const step = all.length / count;
  return Array.from({ length: Math.min(count, all.length) }, (_, i) => all[Math.floor(i * step)]);
}

/** @type {Record<string, { head: (tag: string) => string, end: string }>} */
export const EMBEDS = {
  head: {
    head: (tag) =>
      `<script type="module" src="/dist/browser/${tag}.js" blocking="render"></script>`,
    end: '',
  },
  body: {
    head: () => '<link rel="stylesheet" href="/dist/occ-elements.css">',
    end: '<script type="module" src="/dist/occ-elements.js"></script>',
  },
};

/**
 * What the element is given, its response delayed: <occ-finder> the index, <occ-compare> this
 * profile and the next in the sample, every other element this profile.
 * @param {string} tag @param {{ file: string }[]} sample @param {number} i
 */
function source(tag, sample, i) {
  const url = (/** @type {string} */ file) => `/data/${file}?delay=${DELAY}`;
  if (tag === 'occ-finder') return url('index.json');
  const next = sample[(i + 1) % sample.length];
  if (tag === 'occ-compare' && next) return `${url(sample[i].file)} ${url(next.file)}`;
  return url(sample[i].file);
}

/** @param {string} embed @param {string} tag @param {string} src */
function page(embed, tag, src) {
  const { head, end } = EMBEDS[embed];
  return `<!doctype html><html lang="en"><head><meta charset="utf-8">
<script src="/bench/pages/cls-observer.js"></script>
<style>body { margin: 0; font-family: system-ui, sans-serif } p { margin: 0; padding: 8px 0 }</style>
${head(tag)}
<script type="module" src="/bench/pages/cls-frame.js"></script>
</head><body>
<p>A line of the page above the element.</p>
<${tag} data-measured src="${src}"></${tag}>
<p>A line of the page below the element.</p>
${end}
</body></html>`;
}

/**
 * @param {import('puppeteer-core').Browser} browser
 * @param {{ origin: string, profiles?: number, progress: (line: string) => void }} options
 */
export async function measureCls(browser, { origin, profiles = 50, progress }) {
  const sample = sampleProfiles(profiles);
  // Each sampled file, read once: whether it has what each element draws.
  const contents = sample.map((entry) =>
    JSON.parse(readFileSync(join(repoRoot, 'data', entry.file), 'utf8')),
  );
  /** Whether the sampled file `i` has what `tag` draws (finder and compare always do). */
  const hasData = (/** @type {string} */ tag, /** @type {number} */ i) =>
    DRAWS[tag]?.(contents[i]) ?? true;
  const context = await browser.createBrowserContext();
  const parent = await context.newPage();
  /** @type {string[]} */
  const errors = [];
  parent.on('pageerror', (error) => errors.push(String(error)));
  /** @type {any[]} */
  const runs = [];
  try {
    for (const embed of Object.keys(EMBEDS)) {
      for (const { width, height, together } of WIDTHS) {
        await parent.setViewport({ ...VIEWPORT, width: (width + 10) * together, height });
        await parent.goto(`${origin}/bench/pages/blank.html`);
        for (const name of elementNames) {
          const tag = `occ-${name}`;
          /** @type {{ soc: string, cls: number, outcome: string, shifts: any[], height: number, data: boolean }[]} */
          const pages = [];
          for (let at = 0; at < sample.length; at += together) {
            const batch = sample.slice(at, at + together);
            const results = await parent.evaluate(
              async (docs, width, height) => {
                document.body.replaceChildren();
                const frames = docs.map((doc) => {
                  const frame = document.createElement('iframe');
                  frame.style.cssText = `border:0;margin-right:10px;width:${width}px;height:${height}px`;
                  frame.srcdoc = doc;
                  document.body.append(frame);
                  return frame;
                });
                const started = performance.now();
                /** @type {any[]} */
                const results = [];
                for (const frame of frames) {
                  for (;;) {
                    const result = /** @type {any} */ (frame.contentWindow)?.result;
                    if (result) {
                      results.push(result);
                      break;
                    }
                    if (performance.now() - started > 30_000) {
                      results.push({ outcome: 'no result', cls: NaN, shifts: [], height: 0 });
                      break;
                    }
                    await new Promise((resolve) => setTimeout(resolve, 25));
                  }
                }
                return results;
              },
              batch.map((_, i) => page(embed, tag, source(tag, sample, at + i))),
              width,
              height,
            );
            results.forEach((result, i) =>
              pages.push({ soc: batch[i].soc, data: hasData(tag, at + i), ...result }),
            );
          }
          const worstOfPages = (/** @type {typeof pages} */ list) =>
            list.reduce((a, b) => (b.cls > a.cls || Number.isNaN(b.cls) ? b : a));
          const worst = worstOfPages(pages);
          const withData = pages.filter((p) => p.data);
          const worstWithData = withData.length ? worstOfPages(withData) : undefined;
          const failed = pages.filter((p) => p.outcome !== 'load');
          const shifted = pages.filter((p) => p.cls > 0).length;
          runs.push({
            embed,
            width,
            tag,
            profiles: pages.length,
            worst: { soc: worst.soc, cls: worst.cls, shifts: worst.shifts },
            shifted,
            withData: {
              profiles: withData.length,
              worst: worstWithData && { soc: worstWithData.soc, cls: worstWithData.cls },
            },
            mean: pages.reduce((sum, p) => sum + p.cls, 0) / pages.length,
            notLoaded: failed.map((p) => `${p.soc}: ${p.outcome}`),
          });
          progress(
            `cls: ${embed} ${width} px <${tag}>: worst ${worst.cls.toFixed(4)} (${worst.soc}), ${shifted}/${pages.length} pages shifted${failed.length ? `, ${failed.length} not loaded` : ''}`,
          );
        }
      }
    }
  } finally {
    await context.close();
  }
  const worstOf = (/** @type {string} */ embed) =>
    runs.filter((run) => run.embed === embed).reduce((a, b) => (b.worst.cls > a.worst.cls ? b : a));
  return {
    delayMs: DELAY,
    profiles: sample.length,
    widths: WIDTHS.map(({ width, height }) => `${width}x${height}`),
    runs,
    worst: { head: worstOf('head'), body: worstOf('body') },
    errors,
  };
}
