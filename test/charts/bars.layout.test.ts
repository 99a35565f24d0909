import { expect } from '@open-wc/testing';
import { layoutBars, type BarDatum } from '../../src/charts/bars.layout.js';
import { wrapText, type Measure } from '../../src/charts/text.js';

/** A fixed-width font: every character is 7 px (8 px bold). */
const measure: Measure = (text, bold) => text.length * (bold ? 8 : 7);
const dollars = (value: number) => `$${value.toLocaleString('en-US')}`;
const options = (width: number) => ({ width, fontSize: 14, measure, tickFormat: dollars });

const pay: BarDatum[] = [
  { label: 'Health technologists and technicians', value: 44700, text: '$44,700' },
  {
    label: 'Medical records and health information technicians',
    value: 40350,
    text: '$40,350',
    focus: true,
  },
  { label: 'Total, all occupations', value: 38640, text: '$38,640' },
];

type Box = { left: number; right: number; top: number; bottom: number };
const overlaps = (a: Box, b: Box) =>
  a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

/** Boxes of every text the layout places, for overlap checks (font size 14: text is 14 px tall). */
function textBoxes(layout: ReturnType<typeof layoutBars>): Box[] {
  const box = (text: string, x: number, y: number, anchor: string, bold = false) => {
    const w = measure(text, bold);
    const left = anchor === 'end' ? x - w : anchor === 'middle' ? x - w / 2 : x;
    return { left, right: left + w, top: y - 7, bottom: y + 7 };
  };
  return [
    ...layout.rows.flatMap((row) => [
      ...row.label.map((line) => box(line.text, line.x, line.y, 'start', row.datum.focus)),
      box(row.value.text, row.value.x, row.value.y, row.value.anchor, row.datum.focus),
    ]),
    ...layout.ticks.map((tick) => box(tick.text, tick.x, tick.y, tick.anchor)),
  ];
}

describe('layoutBars', () => {
  it('draws one bar per entry, in data order, with lengths proportional to the values', () => {
    const layout = layoutBars(pay, options(600));
    expect(layout.rows.map((row) => row.datum.label)).to.deep.equal(pay.map((d) => d.label));
    const widths = layout.rows.map((row) => row.bar!.width);
    expect(widths[1]! / widths[0]!).to.be.closeTo(40350 / 44700, 0.001);
    expect(widths[2]! / widths[0]!).to.be.closeTo(38640 / 44700, 0.001);
    expect(layout.rows.every((row) => row.bar!.x === layout.zero)).to.equal(true);
  });

  it('starts the axis at zero and labels its ticks', () => {
    const layout = layoutBars(pay, options(600));
    expect(layout.ticks[0]).to.include({ value: 0, text: '$0' });
    expect(layout.ticks[0]!.x).to.equal(layout.zero);
    expect(layout.ticks.length).to.be.within(3, 8);
  });

  it('puts labels beside the bars when wide and above them when narrow', () => {
    expect(layoutBars(pay, options(600)).mode).to.equal('beside');
    const narrow = layoutBars(pay, options(320));
    expect(narrow.mode).to.equal('above');
    for (const row of narrow.rows) expect(row.label.at(-1)!.y).to.be.below(row.bar!.y);
  });

  for (const width of [240, 320, 768, 1200]) {
    it(`keeps every bar and text inside ${width} px, with no two texts overlapping`, () => {
      const layout = layoutBars(pay, options(width));
      const boxes = textBoxes(layout);
      for (const box of boxes) {
        expect(box.left).to.be.at.least(0);
        expect(box.right).to.be.at.most(width + 0.001);
        expect(box.bottom).to.be.at.most(layout.height);
      }
      boxes.forEach((a, i) =>
        boxes.slice(i + 1).forEach((b) => expect(overlaps(a, b), `${i}`).to.equal(false)),
      );
      for (const row of layout.rows)
        expect(row.bar!.x + row.bar!.width).to.be.at.most(layout.plot.right + 0.001);
    });
  }

  it('draws declines to the left of zero, labelled on the left', () => {
    const layout = layoutBars(
      [
        { label: 'Word processors and typists', value: -33, text: '-33%', focus: true },
        { label: 'Total, all occupations', value: 5, text: '5%' },
      ],
      { ...options(600), tickFormat: (v) => `${v}%` },
    );
    const [decline, growth] = layout.rows;
    expect(decline!.bar!.x + decline!.bar!.width).to.be.closeTo(layout.zero, 0.001);
    expect(decline!.value.anchor).to.equal('end');
    expect(decline!.value.x).to.be.below(decline!.bar!.x);
    expect(growth!.bar!.x).to.equal(layout.zero);
    expect(decline!.bar!.width / growth!.bar!.width).to.be.closeTo(33 / 5, 0.001);
  });

  it('shows an entry without a value as not available, with no bar', () => {
    const layout = layoutBars(
      [
        { label: 'Group', text: 'Not available' },
        { label: 'Occupation', value: 19.4, text: '$19.40', focus: true },
      ],
      options(600),
    );
    expect(layout.rows[0]!.bar).to.equal(undefined);
    expect(layout.rows[0]!.value.text).to.equal('Not available');
    expect(layout.rows[1]!.bar!.width).to.be.above(0);
  });

  it('draws a top-coded wage to its value, never past the plot', () => {
    const layout = layoutBars(
      [
        { label: 'Anesthesiologists', value: 208000, text: '$208,000 or more', focus: true },
        { label: 'Total, all occupations', value: 38640, text: '$38,640' },
      ],
      options(320),
    );
    const top = layout.rows[0]!;
    expect(top.bar!.x + top.bar!.width).to.be.at.most(layout.plot.right + 0.001);
    expect(top.value.x + measure(top.value.text, true)).to.be.at.most(320);
  });

  it('handles one bar', () => {
    const layout = layoutBars([pay[1]!], options(400));
    expect(layout.rows).to.have.length(1);
    expect(layout.rows[0]!.bar!.width).to.be.above(100);
  });
});

describe('layoutBars: the same shape for every occupation', () => {
  const long = {
    label: 'Extruding, forming, pressing, and compacting machine setters, operators, and tenders',
    value: 37000,
    text: '$37,000',
    focus: true,
  };
  const short = { label: 'Actuaries', value: 113990, text: '$113,990', focus: true };

  for (const width of [320, 768]) {
    it(`is as tall for a long label as for a short one, at ${width} px`, () => {
      const heights = [long, short].map(
        (focus) => layoutBars([pay[0]!, focus, pay[2]!], options(width)).height,
      );
      expect(heights[0]).to.equal(heights[1]);
    });
  }

  it('gives a label two lines beside a bar and one above it, ending a longer one with …', () => {
    const beside = layoutBars([long], options(768)).rows[0]!;
    expect(beside.label).to.have.length(2);
    expect(beside.cut).to.equal(true);
    expect(beside.label[1]!.text.endsWith('…')).to.equal(true);
    for (const line of beside.label) expect(measure(line.text, true)).to.be.at.most(768 * 0.4);
    const above = layoutBars([long], options(320)).rows[0]!;
    expect(above.label).to.have.length(1);
    expect(above.label[0]!.text.endsWith('…')).to.equal(true);
    expect(measure(above.label[0]!.text, true)).to.be.at.most(320);
    const fits = layoutBars([short], options(768)).rows[0]!;
    expect(fits.label.map((line) => line.text)).to.deep.equal(['Actuaries']);
    expect(fits.cut).to.equal(false);
  });
});

describe('wrapText', () => {
  it('wraps at spaces and cuts a word longer than the line', () => {
    expect(wrapText('Total, all occupations', 100, measure)).to.deep.equal([
      'Total, all',
      'occupations',
    ]);
    expect(wrapText('x'.repeat(30), 70, measure)).to.deep.equal([
      'xxxxxxxxxx',
      'xxxxxxxxxx',
      'xxxxxxxxxx',
    ]);
  });
});
