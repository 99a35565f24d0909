import { expect } from '@open-wc/testing';
import { layoutChanges, layoutRanges } from '../../src/elements/compare/compare.layout.js';

/** 8 px per character: a fixed measure, so the layout is checked without a browser font. */
const measure = (text: string) => text.length * 8;
const tick = (value: number) => `$${value.toLocaleString('en-US')}`;
const percent = (value: number) => `${value}%`;

describe('compare layout', () => {
  it('puts every pay on one scale from zero, ending on a nice round figure', () => {
    const layout = layoutRanges(
      [
        { label: 'A', p10: 66030, p50: 93600, p90: 135320, highlighted: true },
        { label: 'B', p50: 31190 },
      ],
      { width: 800, fontSize: 14, measure, tick },
    );
    const texts = layout.ticks.map((t) => t.text);
    expect(texts[0]).to.equal('$0');
    expect(texts.at(-1)).to.equal('$140,000'); // the highest figure, $135,320, rounded up
    const x = (value: number) => layout.left + ((layout.right - layout.left) * value) / 140000;
    expect(layout.rows[0]!.median).to.be.closeTo(x(93600), 0.01);
    expect(layout.rows[1]!.median).to.be.closeTo(x(31190), 0.01);
    expect(layout.rows[0]!.whisker!.x2).to.be.closeTo(x(135320), 0.01);
    expect(layout.rows[1]!.whisker).to.equal(undefined);
  });

  it('keeps tick texts apart on a narrow chart', () => {
    const layout = layoutRanges([{ label: 'A', p50: 250000 }], {
      width: 280,
      fontSize: 14,
      measure,
      tick,
    });
    const widths = layout.ticks.map((t) => measure(t.text));
    layout.ticks.slice(1).forEach((t, i) => {
      const gap = t.x - layout.ticks[i]!.x - (widths[i]! + widths[i + 1]!) / 2;
      expect(gap, `${layout.ticks[i]!.text} to ${t.text}`).to.be.greaterThan(0);
    });
  });

  it('wraps long labels to the width and stacks the rows below them', () => {
    const label = 'Nurse Anesthetists, Nurse Midwives, and Nurse Practitioners';
    const layout = layoutRanges([{ label, p50: 1 }, { label: 'B' }], {
      width: 200,
      fontSize: 14,
      measure,
      tick,
    });
    expect(layout.rows[0]!.label.lines.length).to.be.greaterThan(1);
    expect(layout.rows[0]!.label.lines.every((line) => measure(line) <= 200)).to.equal(true);
    expect(layout.rows[1]!.label.y).to.be.greaterThan(layout.rows[0]!.y);
    expect(layout.rows[1]!.missing).to.not.equal(undefined);
  });

  it('draws changes from zero: declines to the left, growth to the right', () => {
    const layout = layoutChanges(
      [
        { label: 'Up', percent: 5, text: '5%' },
        { label: 'Down', percent: -10, text: '-10%' },
        { label: 'None', text: 'Not available' },
      ],
      { width: 600, fontSize: 14, measure, tick: percent },
    );
    const zero = layout.ticks.find((t) => t.text === '0%')!.x;
    const [up, down, none] = layout.rows;
    expect(up!.bar!.x).to.be.closeTo(zero, 0.01);
    expect(down!.bar!.x + down!.bar!.width).to.be.closeTo(zero, 0.01);
    expect(down!.bar!.width).to.be.closeTo(up!.bar!.width * 2, 0.01);
    expect(down!.value.anchor).to.equal('end');
    expect(none!.bar).to.equal(undefined);
    expect(none!.value.text).to.equal('Not available');
    // Value labels stay inside the chart.
    expect(down!.value.x - measure('-10%')).to.be.at.least(0);
    expect(up!.value.x + measure('5%')).to.be.at.most(600);
  });
});
