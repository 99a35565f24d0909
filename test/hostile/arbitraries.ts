/**
 * fast-check arbitraries: valid occupation profiles (every field of the contract, with values
 * anywhere in their allowed ranges and text of every kind), for properties.test.ts.
 */
import fc from 'fast-check';
import { GLOSSARY_KEYS, SECTION_IDS } from '../../src/data/types.js';

const RTL = 'فنيو المعلومات الصحية טכנאי רשומות';
const COMBINING = 'Ṁ̶̢̛͔e̷̡͙d̴͎̈́i̸̝͊c̶̰̈́';
const text = fc.oneof(
  { weight: 5, arbitrary: fc.string({ maxLength: 24 }) },
  { weight: 2, arbitrary: fc.string({ unit: 'grapheme', maxLength: 24 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 16 }) },
  { weight: 2, arbitrary: fc.lorem({ maxCount: 14 }) },
  {
    weight: 1,
    arbitrary: fc.constantFrom(
      RTL,
      COMBINING,
      '',
      ' ',
      '\u200b\u200e\u202e',
      '\n\t\r',
      'W'.repeat(80),
      '<b>bold</b> & "quotes"',
    ),
  },
);
const nonEmpty = text.filter((t) => t.length > 0);
const url = fc.oneof(
  fc.webUrl(),
  fc.constantFrom('javascript:alert(1)', 'data:text/html,x', '/relative/page', 'mailto:a@b.c', ''),
  text,
);
const year = fc.integer({ min: 1900, max: 2200 });
const amount = fc.oneof(
  fc.integer({ min: 0, max: 500_000 }),
  fc.double({ min: 0, max: 1e12, noNaN: true, noDefaultInfinity: true }),
);
const money = fc.oneof({ weight: 4, arbitrary: amount }, fc.record({ atLeast: amount }));
const count = fc.oneof(fc.integer({ min: 0, max: 10_000_000 }), fc.maxSafeNat());
const change = fc.integer({ min: -1e9, max: 1e9 });
const growth = fc.double({ min: -100, max: 1000, noNaN: true });
const share = fc.double({ min: 0, max: 100, noNaN: true });
const date = fc
  .tuple(
    fc.integer({ min: 0, max: 9999 }),
    fc.integer({ min: 0, max: 99 }),
    fc.integer({ min: 0, max: 99 }),
  )
  .map(
    ([y, m, d]) =>
      `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`,
  );
const optional = <T extends Record<string, fc.Arbitrary<unknown>>>(shape: T) =>
  fc.record(shape, { requiredKeys: [] });
const list = <T>(item: fc.Arbitrary<T>, maxLength = 5) => fc.array(item, { maxLength });
const percentiles = optional({ p10: money, p25: money, p50: money, p75: money, p90: money });
/** A slug as the contract allows it (letters, digits, ".", "_", "-"; not starting with a dot or hyphen). */
const slug = fc.stringMatching(/^[A-Za-z0-9][A-Za-z0-9._-]{0,30}$/);
const link = fc.record({ text, href: url, slug }, { requiredKeys: ['text', 'href'] });
const richText = fc.oneof(
  { weight: 2, arbitrary: text },
  { weight: 1, arbitrary: list(fc.oneof(text, link), 4) },
);
const block = fc.oneof(
  fc.record({ type: fc.constantFrom('paragraph', 'heading'), text: richText }),
  fc.record({ type: fc.constant('list'), items: list(richText) }),
);

export const validProfile = fc.record(
  {
    schemaVersion: fc.constant(1),
    occupation: fc.record(
      {
        title: nonEmpty,
        soc: fc.array(nonEmpty, { minLength: 1, maxLength: 3 }),
        summary: text,
        url,
        slug,
        group: text,
        coveredBy: link,
      },
      { requiredKeys: ['title', 'soc'] },
    ),
    source: optional({
      publisher: text,
      title: text,
      edition: text,
      lastModified: date,
      citation: text,
      dataUrl: url,
    }),
    quickFacts: optional({
      medianPay: optional({ annual: money, hourly: money, year }),
      entryLevelEducation: text,
      workExperience: text,
      onTheJobTraining: text,
      jobs: optional({ count, year }),
      outlook: optional({ percent: growth, phrase: text, startYear: year, endYear: year }),
      employmentChange: optional({ count: change, startYear: year, endYear: year }),
    }),
    pay: optional({
      period: text,
      medians: list(
        fc.record(
          { label: text, annual: money, hourly: money, focus: fc.boolean() },
          { requiredKeys: ['label'] },
        ),
      ),
      percentiles: optional({ annual: percentiles, hourly: percentiles }),
      industries: list(
        fc.record({ industry: text, annual: money, hourly: money }, { requiredKeys: ['industry'] }),
      ),
    }),
    outlook: optional({
      startYear: year,
      endYear: year,
      averagePercent: growth,
      phrase: text,
      openingsPerYear: count,
      changes: list(
        fc.record(
          { label: text, percent: growth, focus: fc.boolean() },
          { requiredKeys: ['label', 'percent'] },
        ),
      ),
      projections: list(
        fc.record(
          {
            title: text,
            soc: text,
            employment: count,
            projectedEmployment: count,
            changePercent: growth,
            changeCount: change,
          },
          { requiredKeys: ['title'] },
        ),
        3,
      ),
    }),
    employers: optional({
      year,
      industries: list(
        fc.record({ industry: text, percent: share }, { requiredKeys: ['industry'] }),
      ),
    }),
    similar: list(
      fc.record(
        { title: text, duties: text, entryLevelEducation: text, medianPay: money, url, slug },
        { requiredKeys: ['title'] },
      ),
    ),
    sections: list(
      fc.record(
        {
          id: fc.oneof(fc.constantFrom(...SECTION_IDS), nonEmpty),
          title: text,
          about: text,
          blocks: list(block, 4),
        },
        { requiredKeys: ['id'] },
      ),
      6,
    ),
    contacts: list(
      fc.record({ name: nonEmpty, url, slug, group: text }, { requiredKeys: ['name'] }),
    ),
    glossary: optional(Object.fromEntries(GLOSSARY_KEYS.map((key) => [key, text]))),
  },
  { requiredKeys: ['schemaVersion', 'occupation'] },
);
