import { expect, fixture, fixtureCleanup, html } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import '../../src/elements/outlook/outlook.js';
import type { OccOutlook } from '../../src/elements/outlook/outlook.js';
import {
  atWidth,
  countErrors,
  countedUrl,
  expectNoOverflow,
  expectNoOverlappingText,
  failed,
  loaded,
  referenceProfile,
  shownText,
  texts,
  uniqueKey,
} from '../helpers.js';

const REFERENCE = '/data/editions/2019-20/29-2071.json';

async function outlook(src = REFERENCE, width = 800) {
  const el = await atWidth<OccOutlook>(width, html`<occ-outlook src=${src}></occ-outlook>`);
  await loaded(el);
  return el;
}

const bars = (el: OccOutlook) => [...el.shadowRoot!.querySelectorAll<SVGRectElement>('rect.bar')];
/** Each cell's text as shown: the template's line breaks and indents are one space on screen. */
const cellTexts = (row: Element) =>
  [...row.querySelectorAll('th, td')].map((c) => c.textContent!.replace(/\s+/g, ' ').trim());

describe('<occ-outlook>', () => {
  afterEach(async () => {
    fixtureCleanup();
    await emulateMedia({ colorScheme: 'light' });
  });

  it('shows the seed page’s percent changes, the occupation highlighted, with the period in the title', async () => {
    const el = await outlook();
    expect(texts(el, 'figcaption')[0]).to.equal(
      'Percent change in employment, projected 2018–\u206028',
    );
    expect(texts(el, 'svg .value')).to.deep.equal(['11%', '10%', '5%']);
    const focusLabel = [...el.shadowRoot!.querySelectorAll('svg .label.focus')].map(
      (t) => t.textContent,
    );
    expect(focusLabel.join(' ')).to.equal('Medical records and health information technicians');
    const widths = bars(el).map((bar) => bar.width.baseVal.value);
    expect(widths[1]! / widths[0]!).to.be.closeTo(10 / 11, 0.005);
    expect(widths[2]! / widths[0]!).to.be.closeTo(5 / 11, 0.005);
    expect(el.shadowRoot!.querySelector('svg desc')!.textContent).to.contain(
      'Medical records and health information technicians (highlighted): 11%',
    );
    await expect(el).to.be.accessible();
  });

  it('states the outlook phrase and the all-occupations average', async () => {
    const el = await outlook();
    expect(
      el.shadowRoot!.querySelector('[part="summary"]')!.textContent!.replace(/\s+/g, ' ').trim(),
    ).to.equal('Much faster than average. The average growth rate for all occupations is 5%.');
  });

  it('shows the employment projections table, with a caption, header cells and a Get data link', async () => {
    const el = await outlook();
    const table = el.shadowRoot!.querySelector('[part="projections"] table')!;
    expect(table.querySelector('caption')!.textContent!.trim()).to.equal(
      'Employment projections data for Medical Records and Health Information Technicians, 2018–\u206028',
    );
    const headers = [...table.querySelectorAll('thead th')].map((th) => th.textContent!.trim());
    expect(headers).to.deep.equal([
      'Occupational Title',
      'SOC Code',
      'Employment, 2018',
      'Projected Employment, 2028',
      'Change, 2018–\u206028',
      'Percent',
      'Numeric',
    ]);
    expect(cellTexts(table.querySelector('tbody tr')!)).to.deep.equal([
      'Medical records and health information technicians',
      '29-2071',
      '215,500',
      '238,600',
      '11%',
      '23,100',
    ]);
    const link = el.shadowRoot!.querySelector<HTMLAnchorElement>('a[part="link"]')!;
    expect(link.href).to.equal(
      'https://www.bls.gov/emp/tables/occupational-projections-and-characteristics.htm',
    );
    // "Get data", then what it gets, said once each.
    expect(link.textContent!.replace(/\s+/g, ' ').trim()).to.equal(
      'Get data (employment projections for Medical Records and Health Information Technicians)',
    );
  });

  it('turns the projections table on a phone, one row per figure', async () => {
    const el = await outlook(REFERENCE, 320);
    const table = el.shadowRoot!.querySelector('[part="projections"] table')!;
    expect([...table.querySelectorAll('tbody tr')].map(cellTexts)).to.deep.equal([
      ['SOC Code', '29-2071'],
      ['Employment, 2018', '215,500'],
      ['Projected Employment, 2028', '238,600'],
      ['Change, 2018–\u206028, percent', '11%'],
      ['Change, 2018–\u206028, numeric', '23,100'],
    ]);
    expect(table.querySelectorAll('tbody th[scope="row"]')).to.have.length(5);
    await expect(el).to.be.accessible();
  });

  it('draws a decline to the left of the zero line, labelled "-33%"', async () => {
    const el = await outlook('/test/fixtures/declining.json');
    expect(texts(el, 'svg .value')).to.deep.equal(['-33%', '-5%', '5%']);
    const zero = el.shadowRoot!.querySelector<SVGLineElement>('line.zero')!.x1.baseVal.value;
    const [decline, smaller, growth] = bars(el);
    expect(decline!.x.baseVal.value + decline!.width.baseVal.value).to.be.closeTo(zero, 0.01);
    expect(decline!.x.baseVal.value).to.be.below(smaller!.x.baseVal.value);
    expect(growth!.x.baseVal.value).to.be.closeTo(zero, 0.01);
    expect(decline!.width.baseVal.value / growth!.width.baseVal.value).to.be.closeTo(33 / 5, 0.01);
    const label = [...el.shadowRoot!.querySelectorAll('svg .value')][0]!.getBoundingClientRect();
    expect(label.right).to.be.at.most(decline!.getBoundingClientRect().left + 0.5);
    await expect(el).to.be.accessible();
  });

  it('falls back to the quick facts: one bar, the phrase and the employment change', async () => {
    const el = await outlook('/test/fixtures/other-occupation.json');
    expect(texts(el, 'svg .value')).to.deep.equal(['7%']);
    expect(shownText(el)).to.contain('Faster than average.');
    expect(shownText(el)).to.contain('Employment Change, 2018–\u206028: -3,000');
    expect(el.shadowRoot!.querySelector('[part="projections"]')).to.equal(null);
  });

  it('makes a Get data link only from an http(s) URL', async () => {
    const data = await referenceProfile();
    data.source!.dataUrl = 'javascript:alert(1)';
    const el = await atWidth<OccOutlook>(800, html`<occ-outlook .data=${data}></occ-outlook>`);
    await loaded(el);
    expect(el.shadowRoot!.querySelector('a')).to.equal(null);
    expect(el.shadowRoot!.querySelector('[part="projections"] table')).to.exist;
  });

  it('says plainly when the profile has no outlook data, without an error', async () => {
    const el = await fixture<OccOutlook>(
      html`<occ-outlook src="/test/fixtures/title-only.json"></occ-outlook>`,
    );
    const errors = countErrors(el);
    await loaded(el);
    expect(shownText(el)).to.equal('No job outlook data in this profile.');
    expect(errors).to.have.length(0);
  });

  for (const width of [240, 320, 768, 1200]) {
    it(`fits ${width} px with no overflow and no overlapping labels`, async () => {
      for (const src of [REFERENCE, '/test/fixtures/declining.json']) {
        const el = await outlook(src, width);
        expectNoOverflow(el);
        expectNoOverlappingText(el);
      }
    });
  }

  it('swaps the chart for a table and back with the keyboard', async () => {
    const box = await fixture(
      html`<div><button>before</button><occ-outlook src=${REFERENCE}></occ-outlook></div>`,
    );
    const el = box.querySelector('occ-outlook')!;
    await loaded(el);
    box.querySelector('button')!.focus();
    await sendKeys({ press: 'Tab' });
    expect((el.shadowRoot!.activeElement as HTMLElement).textContent!.trim()).to.equal(
      'Show table',
    );
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('svg')).to.equal(null);
    const table = el.shadowRoot!.querySelector('figure table')!;
    expect(table.querySelector('caption')!.textContent!.trim()).to.equal(
      'Percent change in employment, projected 2018–\u206028',
    );
    // The occupation the chart highlights is named as such in the table, in words.
    expect([...table.querySelectorAll('tbody tr')].map(cellTexts)).to.deep.equal([
      ['Medical records and health information technicians (this occupation)', '11%'],
      ['Health technologists and technicians', '10%'],
      ['Total, all occupations', '5%'],
    ]);
    expect(table.querySelector('tbody tr.focus th')!.textContent).to.contain('(this occupation)');
    expect((el.shadowRoot!.activeElement as HTMLElement).textContent!.trim()).to.equal(
      'Show chart',
    );
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('svg[role="img"]')).to.exist;
  });

  for (const scheme of ['light', 'dark'] as const) {
    for (const width of [320, 800]) {
      it(`passes axe in every state, ${scheme} scheme, ${width} px, chart and table view`, async () => {
        await emulateMedia({ colorScheme: scheme });
        const el = await outlook(REFERENCE, width);
        await expect(el).to.be.accessible();
        el.view = 'table';
        await el.updateComplete;
        await expect(el).to.be.accessible();
        const loading = await atWidth<OccOutlook>(
          width,
          html`<occ-outlook
            src=${countedUrl(uniqueKey('outlook-axe'), { delay: 1000 })}
          ></occ-outlook>`,
        );
        await expect(loading).to.be.accessible();
        const broken = await atWidth<OccOutlook>(
          width,
          html`<occ-outlook src="/__fixtures/status/500"></occ-outlook>`,
        );
        await failed(broken);
        await expect(broken).to.be.accessible();
        const empty = await outlook('/test/fixtures/title-only.json', width);
        await expect(empty).to.be.accessible();
      });
    }
  }
});
