/**
 * Loading placeholders: busy, accessible and inert while the profile loads. Their size is that of
 * a typical profile, checked over sampled profiles of the dataset in placeholder-heights.test.ts;
 * here, with the reference profile (a full 2019-20 profile), each chart is drawn at the same
 * height as its placeholder's (a chart's shape does not depend on the occupation), and a profile
 * loading with any tab selected waits with one request.
 */
import { expect, fixture, fixtureCleanup, html } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import { unsafeStatic, html as staticHtml } from 'lit/static-html.js';
import '../../src/index.js';
import type { OccElement } from '../../src/core/occ-element.js';
import { SECTION_IDS } from '../../src/data/types.js';
import { atWidth, countedUrl, loaded, requestsFor, uniqueKey } from '../helpers.js';

const TAGS = [
  'occ-quick-facts',
  'occ-pay-chart',
  'occ-outlook',
  'occ-employers',
  'occ-similar',
  'occ-profile',
];

/**
 * Renders `template` (an element loading over a delayed response) at 480 px, checks its loading
 * state (busy, accessible) and its loaded one (not busy), and gives its height in each.
 */
async function heights(template: TemplateResult) {
  const el = await atWidth<OccElement>(480, template);
  await el.updateComplete;
  expect(el.getAttribute('aria-busy')).to.equal('true');
  const waiting = el.getBoundingClientRect().height;
  await expect(el).to.be.accessible();
  await loaded(el);
  await new Promise((resolve) => requestAnimationFrame(resolve));
  expect(el.getAttribute('aria-busy')).to.equal(null);
  return { el, waiting, shown: el.getBoundingClientRect().height };
}

/** The heights of the element's figures (its charts), in order. */
const figureHeights = (el: OccElement) =>
  [...el.shadowRoot!.querySelectorAll('figure')].map((figure) =>
    Math.round(figure.getBoundingClientRect().height),
  );

describe('loading placeholders', () => {
  for (const tag of TAGS) {
    it(`<${tag}> shows a busy, accessible placeholder while loading, then the profile (480 px)`, async () => {
      const src = countedUrl(uniqueKey(`placeholder-${tag}`), { delay: 400 });
      const { waiting, shown } = await heights(
        staticHtml`<${unsafeStatic(tag)} src=${src}></${unsafeStatic(tag)}>`,
      );
      expect(waiting).to.be.above(100);
      expect(shown).to.be.above(100);
    });
  }

  for (const tag of ['occ-pay-chart', 'occ-outlook', 'occ-employers']) {
    it(`<${tag}>'s charts are as tall in the placeholder as with the reference profile (480 px)`, async () => {
      const src = countedUrl(uniqueKey(`placeholder-figures-${tag}`), { delay: 400 });
      const el = await atWidth<OccElement>(
        480,
        staticHtml`<${unsafeStatic(tag)} src=${src}></${unsafeStatic(tag)}>`,
      );
      await el.updateComplete;
      const reserved = figureHeights(el);
      await loaded(el);
      // The reference shows three of the five percentiles: the strip keeps its height.
      expect(figureHeights(el)).to.deep.equal(reserved);
      expect(reserved.length).to.be.above(0);
    });
  }

  // A link to a tab (`#pay` with sync-hash, or tab="pay") loads the profile with that tab shown.
  for (const tab of SECTION_IDS.filter((id) => id !== 'summary')) {
    it(`<occ-profile tab="${tab}"> waits with one request, busy and accessible (480 px)`, async () => {
      const key = uniqueKey(`placeholder-profile-${tab}`);
      const src = countedUrl(key, { delay: 400 });
      const { el, waiting } = await heights(
        html`<occ-profile src=${src} tab=${tab}></occ-profile>`,
      );
      // A prose tab's placeholder is the Summary's (the stand-in has no prose); a chart tab's
      // draws its element's placeholder.
      expect(waiting).to.be.above(300);
      // The tab's element waited for the same request as the profile.
      expect((await requestsFor(key)).hits).to.equal(1);
      await expect(el).to.be.accessible();
    });
  }

  it('a placeholder is not the data: it is hidden from assistive tech and inert', async () => {
    const el = await atWidth<OccElement>(
      480,
      html`<occ-pay-chart
        src=${countedUrl(uniqueKey('placeholder-inert'), { delay: 400 })}
      ></occ-pay-chart>`,
    );
    await el.updateComplete;
    const standIn = el.shadowRoot!.querySelector<HTMLElement>('.stand-in')!;
    expect(standIn.getAttribute('aria-hidden')).to.equal('true');
    expect(standIn.inert).to.equal(true);
    await loaded(el);
  });

  /**
   * The min-height occ-elements.css gives `tag` before it is defined, in px: the rule for
   * viewports up to 40em at a phone's width, the other above (the stylesheet's rem are 16 px here).
   */
  async function reserved(tag: string, narrow: boolean): Promise<number> {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(await (await fetch('/src/occ-elements.css')).text());
    const rules = [...sheet.cssRules];
    const scope = narrow
      ? [...(rules.find((rule) => rule instanceof CSSMediaRule) as CSSMediaRule).cssRules]
      : rules;
    const rule = scope.find(
      (r): r is CSSStyleRule =>
        r instanceof CSSStyleRule && r.selectorText === `${tag}:not(:defined)`,
    );
    expect(rule, `a rule for ${tag}`).to.not.equal(undefined);
    return parseFloat(rule!.style.minHeight) * 16;
  }

  // Measured as scripts/measure-placeholders.mjs does: the system's font, no margin.
  const placeholders = {
    'occ-finder': (src: string) => html`<occ-finder src=${src}></occ-finder>`,
    'occ-compare': (src: string) =>
      html`<occ-compare index="/data/index.json" src=${`${src} ${src}&second`}></occ-compare>`,
  };
  for (const [tag, template] of Object.entries(placeholders)) {
    for (const width of [360, 1000]) {
      it(`occ-elements.css reserves <${tag}>'s placeholder height at ${width} px`, async () => {
        const file = tag === 'occ-finder' ? 'data/index.json' : 'data/29-2072.json';
        const src = countedUrl(uniqueKey(`reserved-${tag}`), { delay: 2000, file });
        const box = await fixture<HTMLDivElement>(
          html`<div style="width: ${width}px; font-family: system-ui, sans-serif">
            ${template(src)}
          </div>`,
        );
        const el = box.firstElementChild as OccElement;
        await el.updateComplete;
        // A chart drawn to the element's width (<occ-compare>) renders again once it is measured.
        await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
        await el.updateComplete;
        await new Promise((resolve) => requestAnimationFrame(resolve));
        expect(el.getAttribute('aria-busy')).to.equal('true');
        const height = el.getBoundingClientRect().height;
        const expected = await reserved(tag, width < 640);
        expect(
          Math.abs(height - expected),
          `${expected} px reserved, ${height} px placeholder (run \`npm run css\`)`,
        ).to.be.at.most(4);
        fixtureCleanup();
      });
    }
  }
});
