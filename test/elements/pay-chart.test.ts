import { expect, fixture, fixtureCleanup, html } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import '../../src/elements/pay-chart/pay-chart.js';
import type { OccPayChart } from '../../src/elements/pay-chart/pay-chart.js';
import type { OccupationProfile } from '../../src/data/types.js';
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

async function payChart(src = REFERENCE, attrs = '') {
  const el = await fixture<OccPayChart>(html`<occ-pay-chart src=${src}></occ-pay-chart>`);
  for (const attr of attrs.split(' ').filter(Boolean)) {
    const [name, value = ''] = attr.split('=');
    el.setAttribute(name!, value);
  }
  await loaded(el);
  await el.updateComplete;
  return el;
}

async function withData(data: OccupationProfile, width = 600) {
  const el = await atWidth<OccPayChart>(width, html`<occ-pay-chart .data=${data}></occ-pay-chart>`);
  await loaded(el);
  return el;
}

const bars = (el: OccPayChart) => [...el.shadowRoot!.querySelectorAll<SVGRectElement>('rect.bar')];
const medianChart = (el: OccPayChart) => el.shadowRoot!.querySelector('svg.bars')!;

describe('<occ-pay-chart>', () => {
  afterEach(async () => {
    fixtureCleanup();
    await emulateMedia({ colorScheme: 'light' });
  });

  it('shows the seed page’s median wages in data order, the occupation highlighted', async () => {
    const el = await payChart();
    expect(texts(el, 'figcaption')[0]).to.equal('Median annual wages, May 2018');
    expect(texts(el, 'svg.bars .label').join(' ')).to.contain(
      'Health technologists and technicians',
    );
    expect(texts(el, 'svg.bars .value')).to.deep.equal(['$44,700', '$40,350', '$38,640']);
    expect(texts(el, 'svg.bars .value.focus')).to.deep.equal(['$40,350']);
    expect(texts(el, 'svg.bars .label.focus').join(' ')).to.equal(
      'Medical records and health information technicians',
    );
    // More than colour: the highlighted row's text is bold and its bar outlined.
    const value = el.shadowRoot!.querySelector('svg.bars .value.focus')!;
    expect(getComputedStyle(value).fontWeight).to.equal('700');
    const bar = el.shadowRoot!.querySelectorAll('svg.bars rect.bar.focus');
    expect(bar).to.have.length(1);
    expect(getComputedStyle(bar[0]!).strokeWidth).to.equal('2px');
    expect(getComputedStyle(el.shadowRoot!.querySelector('svg.bars .value')!).fontWeight).to.equal(
      '400',
    );
    await expect(el).to.be.accessible();
  });

  it('draws bar lengths proportional to the wages, from a zero-based money axis', async () => {
    const el = await payChart();
    const widths = bars(el).map((bar) => bar.width.baseVal.value);
    expect(widths[1]! / widths[0]!).to.be.closeTo(40350 / 44700, 0.005);
    expect(widths[2]! / widths[0]!).to.be.closeTo(38640 / 44700, 0.005);
    const ticks = texts(el, 'svg.bars .tick');
    expect(ticks[0]).to.equal('$0');
    expect(ticks.every((tick) => /^\$[\d,]+$/.test(tick))).to.equal(true);
  });

  it('states the data in words for screen readers', async () => {
    const el = await payChart();
    const svg = medianChart(el);
    expect(svg.getAttribute('role')).to.equal('img');
    const description = svg.querySelector('desc')!.textContent!;
    // The title is the figure's caption, said once: not the SVG's name nor its description.
    expect(svg.getAttribute('aria-label')).to.equal('Bar chart');
    expect(description).not.to.contain('Median annual wages');
    expect(description).to.contain('Health technologists and technicians: $44,700');
    expect(description).to.contain(
      'Medical records and health information technicians (highlighted): $40,350',
    );
    expect(description).to.contain('Total, all occupations: $38,640');
    expect(description).to.contain('Highest: Health technologists and technicians.');
    expect(svg.querySelector('g')!.getAttribute('aria-hidden')).to.equal('true');
  });

  it('shows the wage distribution and the OOH sentence built from the data', async () => {
    const el = await payChart();
    const strip = el.shadowRoot!.querySelector('svg.strip')!;
    expect(texts(el, 'svg.strip .value')).to.deep.equal(['$26,550', '$40,350', '$66,260']);
    expect(texts(el, 'svg.strip .name')).to.deep.equal(['10%', 'Median', '90%']);
    expect(strip.querySelectorAll('.marker')).to.have.length(3);
    expect(el.shadowRoot!.querySelector('[part="sentence"]')!.textContent).to.equal(
      'The lowest 10 percent earned less than $26,550, and the highest 10 percent earned more than $66,260.',
    );
  });

  it('lists median wages in the top industries in a table with header cells', async () => {
    const el = await payChart();
    const table = el.shadowRoot!.querySelector('[part="industries"] table')!;
    expect(table.querySelector('caption')!.textContent!.trim()).to.equal(
      'Median annual wages in the top industries, May 2018',
    );
    expect(table.querySelectorAll('thead th[scope="col"]')).to.have.length(2);
    const rows = [...table.querySelectorAll('tbody tr')].map((row) =>
      row.textContent!.replace(/\s+/g, ' ').trim(),
    );
    expect(rows[0]).to.equal('Hospitals; state, local, and private $43,470');
    expect(rows).to.have.length(5);
    expect(table.querySelectorAll('tbody th[scope="row"]')).to.have.length(5);
  });

  it('shows the hourly median when basis="hourly", and the others as not available', async () => {
    const el = await payChart(REFERENCE, 'basis=hourly');
    expect(texts(el, 'figcaption')[0]).to.equal('Median hourly wages, May 2018');
    expect(texts(el, 'svg.bars .value')).to.deep.equal([
      'Not available',
      '$19.40',
      'Not available',
    ]);
    expect(bars(el)).to.have.length(1);
    // Set apart in more than colour: in italics.
    const missing = el.shadowRoot!.querySelectorAll('svg.bars .value.missing');
    expect([...missing].map((t) => getComputedStyle(t).fontStyle)).to.deep.equal([
      'italic',
      'italic',
    ]);
    expect(medianChart(el).querySelector('desc')!.textContent).to.contain(
      'Health technologists and technicians: Not available',
    );
    await expect(el).to.be.accessible();
  });

  it('says so when no entry has an hourly wage', async () => {
    const data = await referenceProfile();
    delete data.pay!.medians![1]!.hourly;
    const el = await withData(data);
    el.basis = 'hourly';
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[part="empty"]')!.textContent).to.equal(
      'No hourly wages in this profile.',
    );
    expect(bars(el)).to.have.length(0);
  });

  it('draws a top-coded wage to its value, labelled "$208,000 or more", inside the plot', async () => {
    const el = await withData(
      {
        schemaVersion: 1,
        occupation: { title: 'Anesthesiologists', soc: ['29-1211'] },
        pay: {
          period: 'May 2018',
          medians: [
            { label: 'Anesthesiologists', annual: { atLeast: 208000 }, focus: true },
            { label: 'Total, all occupations', annual: 38640 },
          ],
        },
      },
      320,
    );
    expect(texts(el, 'svg.bars .value')).to.deep.equal(['$208,000 or more', '$38,640']);
    const [top, total] = bars(el);
    expect(top!.width.baseVal.value / total!.width.baseVal.value).to.be.closeTo(
      208000 / 38640,
      0.01,
    );
    expectNoOverflow(el);
    expectNoOverlappingText(el);
  });

  it('draws one bar from the quick facts when the profile has no pay section', async () => {
    const el = await payChart('/test/fixtures/other-occupation.json');
    expect(texts(el, 'figcaption')[0]).to.equal('Median annual wages, 2018');
    expect(texts(el, 'svg.bars .value')).to.deep.equal(['$32,700']);
    expect(bars(el)).to.have.length(1);
    expect(el.shadowRoot!.querySelector('svg.strip')).to.equal(null);
  });

  it('says plainly when the profile has no pay data, without an error', async () => {
    const el = await fixture<OccPayChart>(
      html`<occ-pay-chart src="/test/fixtures/title-only.json"></occ-pay-chart>`,
    );
    const errors = countErrors(el);
    await loaded(el);
    expect(shownText(el)).to.equal('No pay data in this profile.');
    expect(errors).to.have.length(0);
    await expect(el).to.be.accessible();
  });

  it('hides the distribution and the industries with hide-distribution and hide-industries', async () => {
    const el = await payChart(REFERENCE, 'hide-distribution hide-industries');
    expect(el.shadowRoot!.querySelector('svg.strip')).to.equal(null);
    expect(el.shadowRoot!.querySelector('[part="sentence"]')).to.equal(null);
    expect(el.shadowRoot!.querySelector('[part="industries"]')).to.equal(null);
    expect(bars(el)).to.have.length(3);
  });

  for (const width of [240, 320, 768, 1200]) {
    it(`fits ${width} px with no overflow and no overlapping labels`, async () => {
      const el = await atWidth<OccPayChart>(
        width,
        html`<occ-pay-chart src=${REFERENCE}></occ-pay-chart>`,
      );
      await loaded(el);
      await el.updateComplete;
      expectNoOverflow(el);
      expectNoOverlappingText(el);
      el.basis = 'hourly';
      await el.updateComplete;
      expectNoOverflow(el);
      expectNoOverlappingText(el);
    });
  }

  it('re-lays itself out when its own width changes', async () => {
    const el = await atWidth<OccPayChart>(
      800,
      html`<occ-pay-chart src=${REFERENCE}></occ-pay-chart>`,
    );
    await loaded(el);
    expect(medianChart(el).classList.contains('beside')).to.equal(true);
    el.parentElement!.style.width = '300px';
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    await el.updateComplete;
    expect(medianChart(el).classList.contains('above')).to.equal(true);
    expect(medianChart(el).getAttribute('width')).to.equal(String(el.clientWidth - 32));
    expectNoOverflow(el);
  });

  it('never makes a page’s own ResizeObserver around it report a resize loop', async () => {
    const errors: string[] = [];
    const onError = (event: ErrorEvent) => errors.push(event.message);
    window.addEventListener('error', onError);
    const box = await fixture<HTMLDivElement>(html`<div style="width: 700px"></div>`);
    const observer = new ResizeObserver(() => {});
    observer.observe(box);
    try {
      for (const width of [700, 300, 900]) {
        box.style.width = `${width}px`;
        const el = document.createElement('occ-pay-chart');
        el.src = REFERENCE;
        box.append(el);
        await loaded(el);
        await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
      }
    } finally {
      observer.disconnect();
      window.removeEventListener('error', onError);
    }
    expect(errors).to.deep.equal([]);
  });

  it('swaps the charts for tables and back with the keyboard, announcing the view', async () => {
    const box = await fixture(
      html`<div><button>before</button><occ-pay-chart src=${REFERENCE}></occ-pay-chart></div>`,
    );
    const el = box.querySelector('occ-pay-chart')!;
    await loaded(el);
    box.querySelector('button')!.focus();
    await sendKeys({ press: 'Tab' });
    const toggle = el.shadowRoot!.activeElement as HTMLButtonElement;
    expect(toggle.textContent!.trim()).to.equal('Show table');
    // The label says what a press does; it is not a pressed/unpressed toggle as well.
    expect(toggle.hasAttribute('aria-pressed')).to.equal(false);

    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(el.getAttribute('view')).to.equal('table');
    expect(el.shadowRoot!.querySelector('svg')).to.equal(null);
    const table = el.shadowRoot!.querySelector('table')!;
    expect(table.querySelector('caption')!.textContent!.trim()).to.equal(
      'Median annual wages, May 2018',
    );
    expect(table.querySelectorAll('th[scope="col"]')).to.have.length(2);
    expect(
      [...table.querySelectorAll('tbody tr')].map((r) =>
        r.textContent!.replace(/\s+/g, ' ').trim(),
      ),
    ).to.deep.equal([
      'Health technologists and technicians $44,700',
      // The occupation the chart highlights, named as such in words.
      'Medical records and health information technicians (this occupation) $40,350',
      'Total, all occupations $38,640',
    ]);
    const focusButton = el.shadowRoot!.activeElement as HTMLButtonElement;
    expect(focusButton.textContent!.trim()).to.equal('Show chart');
    expect(focusButton.hasAttribute('aria-pressed')).to.equal(false);
    expect(el.shadowRoot!.querySelector('[role="status"]')!.textContent).to.equal(
      'Showing the data as a table.',
    );
    await expect(el).to.be.accessible();

    await sendKeys({ press: 'Space' });
    await el.updateComplete;
    expect(el.getAttribute('view')).to.equal('chart');
    expect(medianChart(el)).to.exist;
  });

  for (const scheme of ['light', 'dark'] as const) {
    it(`passes axe in every state, ${scheme} scheme, chart and table view`, async () => {
      await emulateMedia({ colorScheme: scheme });
      const el = await payChart();
      await expect(el).to.be.accessible();
      el.view = 'table';
      await el.updateComplete;
      await expect(el).to.be.accessible();
      el.basis = 'hourly';
      await el.updateComplete;
      await expect(el).to.be.accessible();
      const loading = await fixture<OccPayChart>(
        html`<occ-pay-chart
          src=${countedUrl(uniqueKey('pay-axe'), { delay: 1000 })}
        ></occ-pay-chart>`,
      );
      await expect(loading).to.be.accessible();
      const broken = await fixture<OccPayChart>(
        html`<occ-pay-chart src="/__fixtures/status/404"></occ-pay-chart>`,
      );
      await failed(broken);
      await expect(broken).to.be.accessible();
      const empty = await payChart('/test/fixtures/title-only.json');
      await expect(empty).to.be.accessible();
    });
  }

  it('keeps bars at 3:1 contrast against the background in both schemes', async () => {
    for (const theme of ['light', 'dark']) {
      const el = await fixture<OccPayChart>(
        html`<occ-pay-chart theme=${theme} src=${REFERENCE}></occ-pay-chart>`,
      );
      await loaded(el);
      await el.updateComplete;
      const surface = getComputedStyle(el).backgroundColor;
      for (const bar of bars(el)) {
        expect(contrast(getComputedStyle(bar).fill, surface), `${theme} bar`).to.be.at.least(3);
      }
    }
  });
});

/** WCAG contrast ratio of two computed `rgb(...)` colours. */
function contrast(a: string, b: string) {
  const luminance = (color: string) => {
    const [r, g, b] = color
      .match(/[\d.]+/g)!
      .slice(0, 3)
      .map(Number)
      .map((c) => {
        const s = c / 255;
        return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
      });
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
  };
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}
