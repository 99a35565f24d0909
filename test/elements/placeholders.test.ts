/**
 * Loading placeholders reserve the loaded element's size: each element, loading the reference
 * profile over a delayed response, is as tall while it waits as once it shows the profile, so
 * nothing below it moves (the benchmark's layout-shift budget relies on this). The profile's
 * Summary tab is prose of the profile's own: its stand-in has the reference's block lengths in
 * filler text, which wraps like the real text in the benchmark's font but may differ by a line
 * or two in another font.
 */
import { expect, html } from '@open-wc/testing';
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

describe('loading placeholders', () => {
  for (const tag of TAGS) {
    it(`<${tag}> is as tall while loading the reference profile as once loaded (480 px)`, async () => {
      const src = countedUrl(uniqueKey(`placeholder-${tag}`), { delay: 400 });
      const { waiting, shown } = await heights(
        staticHtml`<${unsafeStatic(tag)} src=${src}></${unsafeStatic(tag)}>`,
      );
      const lines = tag === 'occ-profile' ? 2 : 0;
      expect(shown).to.be.closeTo(waiting, 1 + lines * 24);
    });
  }

  // A link to a tab (`#pay` with sync-hash, or tab="pay") loads the profile with that tab shown.
  for (const tab of SECTION_IDS.filter((id) => id !== 'summary')) {
    it(`<occ-profile tab="${tab}"> is as tall while loading as once loaded, with one request (480 px)`, async () => {
      const key = uniqueKey(`placeholder-profile-${tab}`);
      const src = countedUrl(key, { delay: 400 });
      const { el, waiting, shown } = await heights(
        html`<occ-profile src=${src} tab=${tab}></occ-profile>`,
      );
      // The tab's prose is filler that wraps like the reference's, to within two lines.
      expect(shown).to.be.closeTo(waiting, 1 + 2 * 24);
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
});
