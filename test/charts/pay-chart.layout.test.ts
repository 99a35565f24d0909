import { expect } from '@open-wc/testing';
import type { Measure } from '../../src/charts/text.js';
import { en } from '../../src/i18n/en.js';
import {
  distributionSentence,
  layoutStrip,
  medianBars,
  percentileEntries,
} from '../../src/elements/pay-chart/pay-chart.layout.js';
import type { OccupationProfile } from '../../src/data/types.js';

const measure: Measure = (text, bold) => text.length * (bold ? 8 : 7);
const text = { strings: en, locale: 'en-US' };

const profile: OccupationProfile = {
  schemaVersion: 1,
  occupation: { title: 'Medical Records and Health Information Technicians', soc: ['29-2071'] },
  pay: {
    period: 'May 2018',
    medians: [
      { label: 'Health technologists and technicians', annual: 44700 },
      {
        label: 'Medical records and health information technicians',
        annual: 40350,
        hourly: 19.4,
        focus: true,
      },
    ],
    percentiles: {
      annual: { p10: 26550, p25: 31290, p50: 40350, p75: 52030, p90: { atLeast: 208000 } },
    },
  },
};

describe('pay chart layout', () => {
  it('gives each entry its wage for the basis, or not available', () => {
    expect(medianBars(profile, 'annual', text).map((d) => [d.value, d.text])).to.deep.equal([
      [44700, '$44,700'],
      [40350, '$40,350'],
    ]);
    expect(medianBars(profile, 'hourly', text).map((d) => [d.value, d.text])).to.deep.equal([
      [undefined, 'Not available'],
      [19.4, '$19.40'],
    ]);
  });

  it('builds the OOH sentence from the 10th and 90th percentiles, top-coded included', () => {
    expect(distributionSentence(profile, 'annual', text)).to.equal(
      'The lowest 10 percent earned less than $26,550, and the highest 10 percent earned more than $208,000 or more.',
    );
    expect(distributionSentence(profile, 'hourly', text)).to.equal('');
  });

  for (const width of [240, 320, 768]) {
    it(`places five percentile labels at ${width} px without overlap, inside the width`, () => {
      const entries = percentileEntries(profile, 'annual', text);
      const layout = layoutStrip(entries, { width, fontSize: 14, measure });
      const boxes = layout.labels.map((label) => {
        const w = Math.max(measure(label.entry.name), measure(label.entry.text, true));
        return {
          left: label.labelX - w / 2,
          right: label.labelX + w / 2,
          top: label.nameY - 9,
          bottom: label.valueY + 9,
        };
      });
      for (const box of boxes) {
        expect(box.left).to.be.at.least(-0.001);
        expect(box.right).to.be.at.most(width + 0.001);
        expect(box.top).to.be.at.least(0);
        expect(box.bottom).to.be.at.most(layout.height);
      }
      boxes.forEach((a, i) =>
        boxes.slice(i + 1).forEach((b) => {
          const overlap =
            a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
          expect(overlap, `${layout.labels[i]!.entry.key} / another`).to.equal(false);
        }),
      );
      expect(layout.labels.map((label) => label.x)).to.deep.equal(
        [...layout.labels.map((l) => l.x)].sort((a, b) => a - b),
      );
    });
  }

  it('draws the strip at one height for any percentiles and values', () => {
    const strip = (percentiles: object) =>
      layoutStrip(
        percentileEntries(
          { ...profile, pay: { percentiles: { annual: percentiles } } } as OccupationProfile,
          'annual',
          text,
        ),
        { width: 480, fontSize: 14, measure },
      ).height;
    const heights = [
      { p10: 26550, p50: 40350, p90: 66260 },
      { p10: 61660, p25: 79340, p50: 103620, p75: 130460, p90: 161290 },
      { p10: 30000, p25: 30100, p50: 30200, p75: 30300, p90: { atLeast: 239200 } },
      { p50: 50000 },
    ].map(strip);
    expect(new Set(heights).size, heights.join(', ')).to.equal(1);
  });
});
