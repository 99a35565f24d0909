import { expect, fixtureCleanup, html, waitUntil } from '@open-wc/testing';
import '../../src/elements/profile/profile.js';
import '../../src/elements/outlook/outlook.js';
import '../../src/elements/quick-facts/quick-facts.js';
import '../../src/elements/finder/finder.js';
import '../../src/elements/compare/compare.js';
import type { OccElement } from '../../src/core/occ-element.js';
import type { OccProfile } from '../../src/elements/profile/profile.js';
import type { OccFinder } from '../../src/elements/finder/finder.js';
import type { OccCompare } from '../../src/elements/compare/compare.js';
import { atWidth, expectNoOverflow, loaded } from '../helpers.js';

const REFERENCE = '/data/editions/2019-20/29-2071.json';
/** The dataset's index and profiles (2024-34): the longest words and figures a page can show. */
const INDEX = '/data/index.json';
const PROFILES = [
  '/data/29-2072.json',
  '/data/29-1141.json',
  '/data/31-9092.json',
  '/data/15-1252.json',
];

/** Every text node under `root`, through the shadow roots of composed elements. */
function textNodes(root: Node): Text[] {
  const found: Text[] = [];
  const walk = (node: Node) => {
    if (node.nodeType === Node.TEXT_NODE) found.push(node as Text);
    const shadow = (node as Element).shadowRoot;
    if (shadow) walk(shadow);
    if (node.nodeName === 'STYLE' || node.nodeName === 'TEMPLATE') return;
    for (const child of node.childNodes) walk(child);
  };
  walk(root);
  return found;
}

/** The line boxes a stretch of a text node lies on (a stretch on one line has one). */
function lines(node: Text, start: number, end: number): number {
  const range = document.createRange();
  range.setStart(node, start);
  range.setEnd(node, end);
  const tops = new Set([...range.getClientRects()].map((rect) => Math.round(rect.top)));
  return tops.size;
}

/** Words (and year ranges such as "2018–28") of `nodes` that a line break splits. */
function split(nodes: Text[], pattern: RegExp): string[] {
  return nodes.flatMap((node) =>
    [...(node.textContent ?? '').matchAll(pattern)]
      .filter((match) => lines(node, match.index, match.index + match[0].length) > 1)
      .map((match) => match[0]),
  );
}

const WORD = /[^\s\u2060]+(?:\u2060[^\s\u2060]+)*/g;
const PERIOD = /\d{4}\u2013\u2060?\d{2,4}/g;

/** The text nodes of the table headers (column and row headers) and captions in `el`. */
const headerText = (el: Element) =>
  textNodes(el).filter((node) => node.parentElement?.closest('th, caption, figcaption, h2, h3'));

describe('table headers and headings wrap between words', () => {
  afterEach(() => fixtureCleanup());

  for (const width of [1000, 1100, 1200]) {
    it(`<occ-profile>’s projections table breaks no header word at ${width} px`, async () => {
      const el = await atWidth<OccProfile>(
        width,
        html`<occ-profile tab="job-outlook" src=${REFERENCE}></occ-profile>`,
      );
      await loaded(el);
      const outlook = el.shadowRoot!.querySelector<OccElement>('occ-outlook')!;
      await outlook.updateComplete;
      const table = outlook.shadowRoot!.querySelector('table')!;
      expect(table.classList.contains('transposed'), 'the six-column table').to.equal(false);
      const nodes = headerText(table);
      expect(nodes.map((node) => node.textContent).join(' ')).to.contain('Percent');
      expect(split(nodes, WORD)).to.deep.equal([]);
      expect(split(headerText(el), PERIOD)).to.deep.equal([]);
    });
  }

  for (const width of [320, 360, 390]) {
    it(`<occ-outlook>’s one-row-per-figure table breaks no header word at ${width} px`, async () => {
      const el = await atWidth<OccElement>(
        width,
        html`<occ-outlook src=${REFERENCE}></occ-outlook>`,
      );
      await loaded(el);
      const table = el.shadowRoot!.querySelector('table')!;
      expect(table.classList.contains('transposed'), 'the turned table').to.equal(true);
      const nodes = headerText(table);
      expect(nodes.map((node) => node.textContent).join(' ')).to.contain('Employment');
      expect(split(nodes, WORD)).to.deep.equal([]);
      // Year ranges are written with an en dash and stay on one line, in captions too.
      const periods = headerText(el).flatMap((node) => node.textContent!.match(PERIOD) ?? []);
      expect(periods.length).to.be.above(2);
      expect(periods.every((period) => period.includes('\u2013'))).to.equal(true);
      expect(split(headerText(el), PERIOD)).to.deep.equal([]);
      expect(el.scrollWidth, 'nothing overflows').to.be.at.most(el.clientWidth);
    });

    it(`<occ-quick-facts> breaks no label inside a word or a year range at ${width} px`, async () => {
      const el = await atWidth<OccElement>(
        width,
        html`<occ-quick-facts src=${REFERENCE}></occ-quick-facts>`,
      );
      await loaded(el);
      expect(split(headerText(el), WORD)).to.deep.equal([]);
      expect(split(headerText(el), PERIOD)).to.deep.equal([]);
    });
  }
});

/** The text a reader sees in `el` (not the menus' options, which the browser draws on its own). */
const shown = (el: Element) =>
  textNodes(el).filter((node) => !node.parentElement?.closest('option, title, desc'));

describe('<occ-finder> and <occ-compare> break lines between words only', () => {
  afterEach(() => fixtureCleanup());

  for (const width of [320, 360, 500, 1000]) {
    it(`<occ-finder> breaks no word, figure or code and overflows nothing at ${width} px`, async () => {
      // Sorted by jobs: the longest figures ("6,950,000") come first.
      const el = await atWidth<OccFinder>(
        width,
        html`<occ-finder src=${INDEX} sort="jobs" limit="12"></occ-finder>`,
      );
      await waitUntil(() => el.index, 'the index is shown');
      await el.updateComplete;
      const nodes = shown(el);
      expect(nodes.map((node) => node.textContent).join(' ')).to.contain('6,950,000');
      expect(split(nodes, WORD)).to.deep.equal([]);
      expectNoOverflow(el);
      for (const control of el.shadowRoot!.querySelectorAll('input, select, button')) {
        const box = control.getBoundingClientRect();
        expect(box.right, `${control.localName}'s right edge`).to.be.at.most(
          el.getBoundingClientRect().right + 0.5,
        );
      }
    });

    for (const count of [2, 4]) {
      it(`<occ-compare> of ${count} breaks no word or figure and overflows nothing at ${width} px`, async () => {
        const el = await atWidth<OccCompare>(
          width,
          html`<occ-compare
            index=${INDEX}
            src=${PROFILES.slice(0, count).join(' ')}
          ></occ-compare>`,
        );
        // Its occupations and its menu shown (the profiles and the index may be cached already).
        await waitUntil(() => el.profiles.length === count && !el.hasAttribute('aria-busy'));
        await el.updateComplete;
        const nodes = shown(el);
        expect(nodes.map((node) => node.textContent).join(' ')).to.contain('Postsecondary');
        expect(split(nodes, WORD)).to.deep.equal([]);
        expect(split(nodes, PERIOD)).to.deep.equal([]);
        expectNoOverflow(el);
        // Four fill the comparison: no menu then.
        const menu = el.shadowRoot!.querySelector('select');
        expect(Boolean(menu)).to.equal(count < 4);
        if (menu) {
          expect(menu.getBoundingClientRect().right, 'the menu').to.be.at.most(
            el.getBoundingClientRect().right + 0.5,
          );
        }
        await expect(el).to.be.accessible();
      });
    }
  }
});
