/**
 * Formatting: US English is formatted without Intl (see src/data/format.ts), and must read
 * exactly as Intl would write it; other locales use Intl.
 */
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { formatMoney, formatNumber, formatPercent, formatWage } from '../../src/data/format.js';
import { formatDate } from '../../src/data/format.profile.js';

const intl = {
  dollars: new Intl.NumberFormat('en-US', {
    style: 'currency',
    currency: 'USD',
    minimumFractionDigits: 0,
    maximumFractionDigits: 0,
  }),
  cents: new Intl.NumberFormat('en-US', {
    style: 'currency',
    currency: 'USD',
    minimumFractionDigits: 2,
    maximumFractionDigits: 2,
  }),
  number: new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 }),
  percent: new Intl.NumberFormat('en-US', { style: 'percent', maximumFractionDigits: 1 }),
};

/** Doubles of every kind: wages, cents, halves (ties), tiny and huge values, negatives, -0. */
const values = fc.oneof(
  fc.double({ noNaN: true }),
  fc.double({ min: -1e7, max: 1e7, noNaN: true }),
  fc.integer({ min: -1e9, max: 1e9 }),
  fc.integer({ min: -1e6, max: 1e6 }).map((n) => n / 2),
  fc.integer({ min: -1e8, max: 1e8 }).map((n) => n / 1000),
  fc.integer({ min: -1e6, max: 1e6 }).map((n) => n / 200),
  fc.constantFrom(0, -0, 0.5, 1.005, 2.675, 1.045, 0.125, 99.95, 999.5, 9999.995, 1e21, 1e-7),
  fc.constantFrom(Infinity, -Infinity, NaN),
);

describe('number formatting', () => {
  for (const locale of ['en-US', 'en']) {
    it(`${locale}: money, numbers and percents read exactly as Intl writes them`, () => {
      fc.assert(
        fc.property(values, (value) => {
          expect(formatMoney(value, locale)).to.equal(intl.dollars.format(value));
          expect(formatMoney(value, locale, true)).to.equal(intl.cents.format(value));
          expect(formatNumber(value, locale)).to.equal(intl.number.format(value));
          expect(formatPercent(value, locale)).to.equal(intl.percent.format(value / 100));
        }),
        { numRuns: 20_000 },
      );
    });
  }

  it('a few by hand', () => {
    expect(formatMoney(40350, 'en-US')).to.equal('$40,350');
    expect(formatMoney(19.4, 'en-US', true)).to.equal('$19.40');
    expect(formatMoney(-5.5, 'en-US')).to.equal('-$6');
    expect(formatNumber(215500, 'en-US')).to.equal('215,500');
    expect(formatPercent(11, 'en-US')).to.equal('11%');
    expect(formatPercent(-0.25, 'en-US')).to.equal('-0.3%');
    expect(formatWage({ atLeast: 208000 }, 'en-US', (amount) => `${amount} or more`)).to.equal(
      '$208,000 or more',
    );
  });

  it('other locales are formatted by Intl', () => {
    expect(formatMoney(40350, 'es')).to.equal(
      new Intl.NumberFormat('es', {
        style: 'currency',
        currency: 'USD',
        minimumFractionDigits: 0,
        maximumFractionDigits: 0,
      }).format(40350),
    );
    expect(formatMoney(40350, 'en-GB')).to.equal('US$40,350');
  });
});

describe('date formatting', () => {
  const intl = (locale: string) =>
    new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' });
  /** Calendar dates from 1900 to 2100, as a profile's `lastModified` gives them. */
  const dates = fc
    .date({ min: new Date('1900-01-01T00:00:00Z'), max: new Date('2100-12-31T00:00:00Z') })
    .filter((date) => !Number.isNaN(date.getTime()))
    .map((date) => date.toISOString().slice(0, 10));

  for (const locale of ['en-US', 'en']) {
    it(`${locale}: a calendar date reads exactly as Intl writes it`, () => {
      fc.assert(
        fc.property(dates, (date) => {
          expect(formatDate(date, locale)).to.equal(
            intl(locale).format(new Date(`${date}T00:00:00Z`)),
          );
        }),
        { numRuns: 2_000 },
      );
    });
  }

  it('other locales are formatted by Intl, and text that is not a date is kept', () => {
    expect(formatDate('2025-08-28', 'en-US')).to.equal('August 28, 2025');
    expect(formatDate('2025-08-28', 'es')).to.equal(intl('es').format(new Date('2025-08-28')));
    expect(formatDate('Summer 2025', 'en-US')).to.equal('Summer 2025');
  });
});
