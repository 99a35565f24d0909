import { expect, fixtureCleanup, html } from '@open-wc/testing';
import { barChart } from '../../src/charts/bar-chart.js';
import type { BarDatum } from '../../src/charts/bars.layout.js';
import { idOf, memo } from '../../src/charts/memo.js';
import type { Measure } from '../../src/charts/text.js';
import '../../src/elements/pay-chart/pay-chart.js';
import type { OccPayChart } from '../../src/elements/pay-chart/pay-chart.js';
import { atWidth, loaded, referenceProfile, texts, uniqueKey } from '../helpers.js';

const measure: Measure = (text) => text.length * 7;
const dollars = (value: number) => `$${value}`;
const text = { id: 'test', name: 'Bar chart', description: 'A and B' };
const data: BarDatum[] = [
  { label: 'A', value: 10, text: '$10' },
  { label: 'B', value: 20, text: '$20', focus: true },
];

describe('shared chart drawings (charts/memo)', () => {
  afterEach(() => fixtureCleanup());

  it('makes a value once per key', () => {
    const key = uniqueKey('memo');
    let made = 0;
    const make = () => ({ made: ++made });
    const first = memo(key, make);
    expect(memo(key, make)).to.equal(first);
    expect(made).to.equal(1);
  });

  it('starts again when 64 keys are kept', () => {
    const first = uniqueKey('memo-full');
    let made = 0;
    memo(first, () => ++made);
    for (let i = 0; i < 64; i += 1) memo(`${first}-${i}`, () => 0);
    memo(first, () => ++made);
    expect(made).to.equal(2);
  });

  it('forgets every value once the task that made it ends', async () => {
    const key = uniqueKey('memo-task');
    let made = 0;
    memo(key, () => ++made);
    await new Promise((resolve) => setTimeout(resolve));
    memo(key, () => ++made);
    expect(made).to.equal(2);
  });

  it('gives the same object the same id and another object another', () => {
    const a = {};
    expect(idOf(a)).to.equal(idOf(a));
    expect(idOf(a)).not.to.equal(idOf({}));
  });

  it('gives each chart its own copy of a shared drawing', () => {
    const options = { width: 400, fontSize: 14, measure, tickFormat: dollars };
    const chart = barChart(data, options, text);
    expect(barChart([...data], { ...options }, text)).to.equal(chart); // in the same task
    const one = chart.drawing();
    const two = chart.drawing();
    expect(one).not.to.equal(two);
    expect(one.textContent).to.equal(two.textContent);
    expect(one.textContent).to.contain('$20');
  });

  it('lays out anew for other data, width or tick format', () => {
    const options = { width: 400, fontSize: 14, measure, tickFormat: dollars };
    const chart = barChart(data, options, text);
    expect(barChart(data, { ...options, width: 300 }, text)).not.to.equal(chart);
    expect(barChart(data, { ...options, tickFormat: (v: number) => `${v}` }, text)).not.to.equal(
      chart,
    );
    const changed = [{ ...data[0]!, value: 15 }, data[1]!];
    expect(barChart(changed, options, text).layout.rows[0]!.bar!.width).to.be.greaterThan(
      chart.layout.rows[0]!.bar!.width,
    );
  });

  it('draws each <occ-pay-chart> from its own data when charts of two profiles share a page', async () => {
    const reference = await referenceProfile();
    const other: typeof reference = structuredClone(reference);
    other.pay!.medians![1]!.annual = 50000;
    const one = await atWidth<OccPayChart>(
      600,
      html`<occ-pay-chart .data=${reference}></occ-pay-chart>`,
    );
    const two = await atWidth<OccPayChart>(
      600,
      html`<occ-pay-chart .data=${other}></occ-pay-chart>`,
    );
    await Promise.all([loaded(one), loaded(two)]);
    expect(texts(one, 'svg.bars .value')).to.deep.equal(['$44,700', '$40,350', '$38,640']);
    expect(texts(two, 'svg.bars .value')).to.deep.equal(['$44,700', '$50,000', '$38,640']);
    await expect(two).to.be.accessible();
  });
});
