import { expect } from '@open-wc/testing';
import { filterEntries, matchesQuery, annualPay } from '../../src/elements/finder/finder.filter.js';
import { nextOrder, sortEntries } from '../../src/elements/finder/finder.sort.js';
import { readState, stateFromParams, writeParams } from '../../src/elements/finder/finder.state.js';
import type { IndexEntry } from '../../src/data/index-types.js';
import { validateIndex } from '../../src/data/validate-index.js';
import { OccDataError } from '../../src/data/errors.js';

const entry = (title: string, more: Partial<IndexEntry> = {}): IndexEntry => ({
  title,
  slug: title.toLowerCase().replace(/\W+/g, '-'),
  file: 'x.json',
  kind: 'profile',
  soc: ['00-0000'],
  ...more,
});

const NURSES = entry('Registered Nurses', {
  soc: ['29-1141'],
  education: "Bachelor's degree",
  medianPay: { annual: 93600 },
  outlookPercent: 5,
  outlookPhrase: 'Faster than average',
  employmentChange: 166100,
  jobs: 3391000,
});
const CASHIERS = entry('Cashiers', {
  soc: ['41-2011'],
  education: 'No formal educational credential',
  medianPay: { annual: 31190 },
  outlookPercent: -10,
  outlookPhrase: 'Decline',
  employmentChange: -313600,
  jobs: 3157200,
});
const SURGEONS = entry('Physicians and Surgeons', {
  soc: ['29-1210', '29-1211'],
  education: 'Doctoral or professional degree',
  medianPay: { annual: { atLeast: 239200 } },
});
const ACTORS = entry('Actors', {
  medianPay: { hourly: 23.33 },
  education: 'Some college, no degree',
});
const ALL = [NURSES, CASHIERS, SURGEONS, ACTORS];
const titles = (entries: IndexEntry[]) => entries.map((e) => e.title);

describe('finder: search and filters', () => {
  it('matches title words as prefixes, in any order, ignoring case and accents', () => {
    expect(matchesQuery(NURSES, 'nur REG')).to.equal(true);
    expect(matchesQuery(NURSES, 'régistered')).to.equal(true);
    expect(matchesQuery(NURSES, 'urses')).to.equal(false);
    expect(matchesQuery(NURSES, '')).to.equal(true);
  });

  it('matches the start of any SOC code, with or without the hyphen', () => {
    expect(matchesQuery(SURGEONS, '29-1211')).to.equal(true);
    expect(matchesQuery(SURGEONS, '291211')).to.equal(true);
    expect(matchesQuery(SURGEONS, '29-12')).to.equal(true);
    expect(matchesQuery(SURGEONS, '41-2')).to.equal(false);
  });

  it('filters by education key, pay range (top-coded at its floor) and new jobs', () => {
    expect(titles(filterEntries(ALL, { education: 'bachelor' }))).to.deep.equal([
      'Registered Nurses',
    ]);
    expect(titles(filterEntries(ALL, { minPay: 90000 }))).to.deep.equal([
      'Registered Nurses',
      'Physicians and Surgeons',
    ]);
    expect(titles(filterEntries(ALL, { maxPay: 50000 }))).to.deep.equal(['Cashiers']);
    expect(titles(filterEntries(ALL, { newJobs: 'decline' }))).to.deep.equal(['Cashiers']);
    expect(titles(filterEntries(ALL, { newJobs: '100000' }))).to.deep.equal(['Registered Nurses']);
    expect(titles(filterEntries(ALL, { growth: 'decline', query: 'cash' }))).to.deep.equal([
      'Cashiers',
    ]);
    expect(annualPay(SURGEONS)).to.equal(239200);
    expect(annualPay(ACTORS)).to.equal(undefined);
  });

  it('lists a Handbook profile once, though the index also has it under its SOC code', () => {
    const page = 'https://www.bls.gov/ooh/healthcare/registered-nurses.htm';
    const bySlug = { ...NURSES, slug: 'registered-nurses', url: page };
    const bySoc = { ...NURSES, slug: '29-1141', url: page };
    const covered = entry('Nurse Practitioners', { kind: 'occupation', url: page });
    expect(filterEntries([bySlug, bySoc, covered], {}).map((e) => e.slug)).to.deep.equal([
      'registered-nurses',
      'nurse-practitioners',
    ]);
  });
});

describe('finder: sorting', () => {
  it('sorts figures highest first by default, entries without the figure last either way', () => {
    expect(titles(sortEntries(ALL, 'pay'))).to.deep.equal([
      'Physicians and Surgeons',
      'Registered Nurses',
      'Cashiers',
      'Actors',
    ]);
    expect(titles(sortEntries(ALL, 'pay', 'asc'))).to.deep.equal([
      'Cashiers',
      'Registered Nurses',
      'Physicians and Surgeons',
      'Actors',
    ]);
    expect(titles(sortEntries(ALL, 'growth'))).to.deep.equal([
      'Registered Nurses',
      'Cashiers',
      'Actors',
      'Physicians and Surgeons',
    ]);
  });

  it('sorts titles A to Z first, and flips on a second press', () => {
    expect(titles(sortEntries(ALL, 'title'))).to.deep.equal([
      'Actors',
      'Cashiers',
      'Physicians and Surgeons',
      'Registered Nurses',
    ]);
    expect(nextOrder(undefined, 'asc', 'pay')).to.equal('desc');
    expect(nextOrder('pay', 'desc', 'pay')).to.equal('asc');
    expect(nextOrder('pay', 'desc', 'title')).to.equal('asc');
    expect(titles(sortEntries(ALL, undefined))).to.deep.equal(titles(ALL));
  });
});

describe('finder: state in attributes and the URL', () => {
  it('maps short keys and BLS wording, and drops junk', () => {
    expect(
      readState({
        education: 'BACHELOR’S DEGREE',
        training: 'apprenticeship',
        experience: 'lots',
        minPay: '$50,000',
        maxPay: '-4',
        sort: 'growth',
        order: 'sideways',
        newJobs: '10000',
      }),
    ).to.deep.include({
      education: 'bachelor',
      training: 'apprenticeship',
      experience: undefined,
      minPay: 50000,
      maxPay: undefined,
      sort: 'growth',
      order: undefined,
      newJobs: '10000',
    });
  });

  it('reads only the parameters present, and writes without touching others', () => {
    const params = new URLSearchParams('q=nurse&education=master&utm=x');
    expect(stateFromParams(params)).to.deep.equal({ query: 'nurse', education: 'master' });
    const written = writeParams(params, { query: 'cook', sort: 'pay', order: 'asc' });
    expect(written.toString()).to.equal('q=cook&utm=x&sort=pay&order=asc');
  });
});

describe('validateIndex', () => {
  const valid = { schemaVersion: 1, occupations: [NURSES, SURGEONS] };

  it('accepts an index of the contract', () => {
    expect(validateIndex(valid)).to.equal(valid);
  });

  it('names the first fault and its path, as a contract error', () => {
    const broken = {
      ...valid,
      occupations: [NURSES, { ...SURGEONS, medianPay: { annual: '239,200' } }],
    };
    let error: unknown;
    try {
      validateIndex(broken, 'https://example.org/index.json');
    } catch (caught) {
      error = caught;
    }
    expect(error).to.be.instanceOf(OccDataError);
    const { kind, details, message } = error as OccDataError;
    expect(kind).to.equal('contract');
    expect(details.path).to.equal('occupations[1].medianPay.annual');
    expect(details.url).to.equal('https://example.org/index.json');
    expect(message).to.equal(
      'occupations[1].medianPay.annual: expected a number or {atLeast}, got "239,200"',
    );
    expect(() => validateIndex({ ...valid, occupations: [{ ...NURSES, kind: 'job' }] })).to.throw(
      'occupations[0].kind: expected "profile" or "occupation", got "job"',
    );
    expect(() => validateIndex({ ...valid, soc2010: { '29-2071': 'x' } })).to.throw(
      'soc2010.29-2071: expected a list',
    );
  });
});
