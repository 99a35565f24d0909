import { expect, fixture, fixtureCleanup, html } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import '../../src/elements/employers/employers.js';
import type { OccEmployers } from '../../src/elements/employers/employers.js';
import {
  atWidth,
  expectNoOverflow,
  expectNoOverlappingText,
  loaded,
  shownText,
  texts,
} from '../helpers.js';

const REFERENCE = '/data/editions/2019-20/29-2071.json';

describe('<occ-employers>', () => {
  afterEach(async () => {
    fixtureCleanup();
    await emulateMedia({ colorScheme: 'light' });
  });

  it('shows the seed page’s largest employers as bars with percent labels and the year', async () => {
    const el = await atWidth<OccEmployers>(
      800,
      html`<occ-employers src=${REFERENCE}></occ-employers>`,
    );
    await loaded(el);
    expect(texts(el, 'figcaption')[0]).to.equal('Largest employers, 2018');
    expect(texts(el, 'svg .value')).to.deep.equal(['34%', '19%', '8%', '7%', '5%']);
    const widths = [...el.shadowRoot!.querySelectorAll<SVGRectElement>('rect.bar')].map(
      (b) => b.width.baseVal.value,
    );
    expect(widths[1]! / widths[0]!).to.be.closeTo(19 / 34, 0.005);
    expect(el.shadowRoot!.querySelector('svg desc')!.textContent).to.contain(
      'Hospitals; state, local, and private: 34%',
    );
    expect(shownText(el)).to.contain(
      'Medical Records and Health Information Technicians held about 215,500 jobs in 2018.',
    );
    await expect(el).to.be.accessible();
  });

  it('has a table view with industry and share columns', async () => {
    const el = await fixture<OccEmployers>(
      html`<occ-employers view="table" src=${REFERENCE}></occ-employers>`,
    );
    await loaded(el);
    const table = el.shadowRoot!.querySelector('table')!;
    expect(
      [...table.querySelectorAll('thead th')].map((th) => th.textContent!.trim()),
    ).to.deep.equal(['Industry', 'Share of jobs']);
    expect(table.querySelectorAll('tbody tr')).to.have.length(5);
    await expect(el).to.be.accessible();
  });

  it('says plainly when the profile has no employer data', async () => {
    const el = await fixture<OccEmployers>(
      html`<occ-employers src="/test/fixtures/title-only.json"></occ-employers>`,
    );
    await loaded(el);
    expect(shownText(el)).to.equal('No employer data in this profile.');
  });

  for (const width of [240, 320, 768, 1200]) {
    it(`fits ${width} px with no overflow and no overlapping labels`, async () => {
      const el = await atWidth<OccEmployers>(
        width,
        html`<occ-employers src=${REFERENCE}></occ-employers>`,
      );
      await loaded(el);
      expectNoOverflow(el);
      expectNoOverlappingText(el);
    });
  }

  it('passes axe in the dark scheme, chart and table', async () => {
    await emulateMedia({ colorScheme: 'dark' });
    const el = await fixture<OccEmployers>(html`<occ-employers src=${REFERENCE}></occ-employers>`);
    await loaded(el);
    await expect(el).to.be.accessible();
    el.view = 'table';
    await el.updateComplete;
    await expect(el).to.be.accessible();
  });
});
