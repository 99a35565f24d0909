/**
 * Value axes of the bar charts, for the shapes real profiles have: the last tick covers the
 * largest value (and the first the smallest), ticks are evenly spaced, and no two tick labels
 * overlap or leave the chart, at every width from 240 to 1200 px, in a fixed-width measure and
 * in the browser's own font.
 */
import { expect } from '@open-wc/testing';
import { layoutBars, type BarDatum } from '../../src/charts/bars.layout.js';
import { tickExtent } from '../../src/charts/scale.js';
import { canvasMeasure, type Measure } from '../../src/charts/text.js';
import { tickFormat } from '../../src/data/format.js';

const dollars = tickFormat('en-US', 'dollars');
const hourly = tickFormat('en-US', 'hourly');
const percent = tickFormat('en-US', 'percent');

const CASES: { name: string; data: BarDatum[]; format: (value: number) => string }[] = [
  {
    name: 'annual wages (15-1132, software developers)',
    format: dollars,
    data: [
      { label: 'Computer occupations', value: 86320, text: '$86,320' },
      {
        label: 'Software developers, applications',
        value: 103620,
        text: '$103,620',
        focus: true,
      },
      { label: 'Total, all occupations', value: 38640, text: '$38,640' },
    ],
  },
  {
    name: 'a top-coded annual wage',
    format: dollars,
    data: [
      { label: 'Anesthesiologists', value: 239200, text: '$239,200 or more', focus: true },
      { label: 'Physicians and surgeons', value: 239200, text: '$239,200 or more' },
      { label: 'Total, all occupations', value: 49500, text: '$49,500' },
    ],
  },
  {
    name: 'hourly wages',
    format: hourly,
    data: [
      { label: 'Computer occupations', value: 41.5, text: '$41.50' },
      { label: 'Software developers', value: 49.82, text: '$49.82', focus: true },
      { label: 'Total, all occupations', value: 18.58, text: '$18.58' },
    ],
  },
  {
    name: 'a decline (negative percent change)',
    format: percent,
    data: [
      { label: 'Word processors and typists', value: -36, text: '-36%', focus: true },
      { label: 'Secretaries and administrative assistants', value: -7, text: '-7%' },
      { label: 'Total, all occupations', value: 5, text: '5%' },
    ],
  },
  {
    name: 'largest employers (shares of jobs)',
    format: percent,
    data: [34, 19, 8, 7, 5].map((value, i) => ({
      label: `Industry ${i + 1}`,
      value,
      text: `${value}%`,
    })),
  },
];

const fixedWidth: Measure = (text, bold) => text.length * (bold ? 8 : 7);

const WIDTHS = Array.from({ length: 25 }, (_, i) => 240 + i * 40); // 240, 280, … 1200

describe('bar chart axes', () => {
  for (const [fontName, measure] of [
    ['a fixed-width font', fixedWidth],
    ["the browser's sans-serif", canvasMeasure(14, 'sans-serif')],
  ] as const) {
    for (const { name, data, format } of CASES) {
      it(`${name}, in ${fontName}: covers every value with evenly spaced ticks whose labels stay apart, 240 to 1200 px`, () => {
        const values = data.map((d) => d.value!);
        for (const width of WIDTHS) {
          const at = `${width} px`;
          const layout = layoutBars(data, { width, fontSize: 14, measure, tickFormat: format });
          const ticks = layout.ticks;
          expect(ticks.length, at).to.be.within(2, 11);
          // The axis covers the data: its first tick at or below the least value (or zero), its
          // last at or above the largest.
          expect(ticks[0]!.value, at).to.be.at.most(Math.min(0, ...values));
          expect(ticks.at(-1)!.value, at).to.be.at.least(Math.max(...values));
          // Evenly spaced, in value and on the page.
          const step = ticks[1]!.value - ticks[0]!.value;
          const px = ticks[1]!.x - ticks[0]!.x;
          ticks.slice(1).forEach((tick, i) => {
            expect(tick.value - ticks[i]!.value, at).to.be.closeTo(step, step * 1e-9);
            expect(tick.x - ticks[i]!.x, at).to.be.closeTo(px, 1e-6);
          });
          // Labels inside the chart, apart by more than a space (0.4 of the font size).
          const extents = ticks.map((tick) => tickExtent(tick, measure));
          for (const [start, end] of extents) {
            expect(start, at).to.be.at.least(-0.001);
            expect(end, at).to.be.at.most(width + 0.001);
          }
          extents.slice(1).forEach(([start], i) => {
            expect(
              start - extents[i]![1],
              `${at}: ${ticks[i]!.text} / ${ticks[i + 1]!.text}`,
            ).to.be.at.least(14 * 0.4);
          });
          // Every bar ends inside the plot, its value label inside the chart.
          for (const row of layout.rows) {
            expect(row.bar!.x + row.bar!.width, at).to.be.at.most(layout.plot.right + 0.001);
            expect(row.bar!.x, at).to.be.at.least(layout.plot.left - 0.001);
          }
        }
      });
    }
  }

  it('ends the software developers’ pay axis past their $103,620 (not at $90,000)', () => {
    for (const [width, ticks] of [
      [600, ['$0', '$50,000', '$100,000', '$150,000']],
      [1000, ['$0', '$20,000', '$40,000', '$60,000', '$80,000', '$100,000', '$120,000']],
    ] as const) {
      const layout = layoutBars(CASES[0]!.data, {
        width,
        fontSize: 14,
        measure: fixedWidth,
        tickFormat: dollars,
      });
      expect(layout.ticks.map((tick) => tick.text)).to.deep.equal(ticks);
    }
  });

  it('gives the largest employers a readable number of ticks (not 18)', () => {
    const layout = layoutBars(CASES[4]!.data, {
      width: 1000,
      fontSize: 14,
      measure: fixedWidth,
      tickFormat: percent,
    });
    expect(layout.ticks.map((tick) => tick.text)).to.deep.equal([
      '0%',
      '5%',
      '10%',
      '15%',
      '20%',
      '25%',
      '30%',
      '35%',
    ]);
  });
});
