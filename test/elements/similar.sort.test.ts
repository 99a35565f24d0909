import { expect } from '@open-wc/testing';
import type { SimilarOccupation } from '../../src/data/types.js';
import {
  EDUCATION_LADDER,
  educationRank,
  nextSort,
  parseSort,
  payValue,
  sortSimilar,
  toSort,
} from '../../src/elements/similar/similar.sort.js';

/** The reference profile's rows (data/editions/2019-20/29-2071.json), reduced to what sorting reads. */
const reference: SimilarOccupation[] = [
  {
    title: 'Medical transcriptionists',
    entryLevelEducation: 'Postsecondary nondegree award',
    medianPay: 34770,
  },
  {
    title: 'Medical and health services managers',
    entryLevelEducation: "Bachelor's degree",
    medianPay: 99730,
  },
  { title: 'Information clerks', entryLevelEducation: 'See How to Become One', medianPay: 34520 },
  {
    title: 'Pharmacy technicians',
    entryLevelEducation: 'High school diploma or equivalent',
    medianPay: 32700,
  },
  {
    title: 'Medical assistants',
    entryLevelEducation: 'Postsecondary nondegree award',
    medianPay: 33610,
  },
];

const titles = (rows: SimilarOccupation[]) => rows.map((row) => row.title);

describe('similar.sort', () => {
  describe('educationRank', () => {
    it('ranks the eight BLS categories in ladder order', () => {
      expect(EDUCATION_LADDER.map((name) => educationRank(name))).to.deep.equal([
        0, 1, 2, 3, 4, 5, 6, 7,
      ]);
      expect(educationRank('No formal educational credential')).to.be.below(
        educationRank('High school diploma or equivalent')!,
      );
      expect(educationRank('Some college, no degree')).to.be.below(
        educationRank("Associate's degree")!,
      );
      expect(educationRank("Master's degree")).to.be.below(
        educationRank('Doctoral or professional degree')!,
      );
    });

    it('ignores case, the apostrophe’s form and stray spaces', () => {
      expect(educationRank('BACHELOR’S DEGREE')).to.equal(5);
      expect(educationRank('bachelor‘s degree')).to.equal(5);
      expect(educationRank("  associate's   degree ")).to.equal(4);
      expect(educationRank('Master’s degree')).to.equal(6);
      expect(educationRank('high school diploma or equivalent')).to.equal(1);
    });

    it('knows nothing else: "See How to Become One", blanks and near misses are unranked', () => {
      expect(educationRank('See How to Become One')).to.equal(undefined);
      expect(educationRank(undefined)).to.equal(undefined);
      expect(educationRank('')).to.equal(undefined);
      expect(educationRank('Bachelors degree')).to.equal(undefined);
      expect(educationRank('Bachelor’s degree or higher')).to.equal(undefined);
    });
  });

  describe('parseSort, toSort and nextSort', () => {
    it('reads the four sort values and nothing else', () => {
      expect(parseSort('pay')).to.deep.equal({ key: 'pay', direction: 'ascending' });
      expect(parseSort('-pay')).to.deep.equal({ key: 'pay', direction: 'descending' });
      expect(parseSort('education')).to.deep.equal({ key: 'education', direction: 'ascending' });
      expect(parseSort('-education')).to.deep.equal({
        key: 'education',
        direction: 'descending',
      });
      for (const junk of [undefined, null, '', 'Pay', '--pay', 'title', '-', 'pay ']) {
        expect(parseSort(junk), String(junk)).to.equal(undefined);
      }
    });

    it('writes a column and direction as a sort value', () => {
      expect(toSort('pay', 'ascending')).to.equal('pay');
      expect(toSort('pay', 'descending')).to.equal('-pay');
      expect(toSort('education', 'descending')).to.equal('-education');
    });

    it('starts a column ascending and toggles the sorted column', () => {
      expect(nextSort(undefined, 'pay')).to.equal('pay');
      expect(nextSort('pay', 'pay')).to.equal('-pay');
      expect(nextSort('-pay', 'pay')).to.equal('pay');
      expect(nextSort('-pay', 'education')).to.equal('education');
      expect(nextSort('education', 'education')).to.equal('-education');
      expect(nextSort('nonsense', 'education')).to.equal('education');
    });
  });

  describe('sortSimilar', () => {
    it('keeps the data order without a sort, or with an unknown one, and returns a copy', () => {
      const sorted = sortSimilar(reference, undefined);
      expect(titles(sorted)).to.deep.equal(titles(reference));
      expect(sorted).not.to.equal(reference);
      expect(titles(sortSimilar(reference, 'bogus'))).to.deep.equal(titles(reference));
    });

    it('sorts by pay both ways without changing its input', () => {
      const before = titles(reference);
      expect(titles(sortSimilar(reference, 'pay'))).to.deep.equal([
        'Pharmacy technicians',
        'Medical assistants',
        'Information clerks',
        'Medical transcriptionists',
        'Medical and health services managers',
      ]);
      expect(titles(sortSimilar(reference, '-pay'))).to.deep.equal([
        'Medical and health services managers',
        'Medical transcriptionists',
        'Information clerks',
        'Medical assistants',
        'Pharmacy technicians',
      ]);
      expect(titles(reference)).to.deep.equal(before);
    });

    it('sorts by education both ways, ties in data order, the unranked row last both times', () => {
      expect(titles(sortSimilar(reference, 'education'))).to.deep.equal([
        'Pharmacy technicians',
        'Medical transcriptionists',
        'Medical assistants',
        'Medical and health services managers',
        'Information clerks',
      ]);
      expect(titles(sortSimilar(reference, '-education'))).to.deep.equal([
        'Medical and health services managers',
        'Medical transcriptionists',
        'Medical assistants',
        'Pharmacy technicians',
        'Information clerks',
      ]);
    });

    it('puts rows without pay last in both directions, in data order among themselves', () => {
      const rows: SimilarOccupation[] = [
        { title: 'No pay A' },
        { title: 'Low', medianPay: 20000 },
        { title: 'No pay B' },
        { title: 'High', medianPay: 90000 },
      ];
      expect(titles(sortSimilar(rows, 'pay'))).to.deep.equal([
        'Low',
        'High',
        'No pay A',
        'No pay B',
      ]);
      expect(titles(sortSimilar(rows, '-pay'))).to.deep.equal([
        'High',
        'Low',
        'No pay A',
        'No pay B',
      ]);
    });

    it('sorts a top-coded wage by its floor, and keeps equal pay in data order', () => {
      const rows: SimilarOccupation[] = [
        { title: 'Surgeons', medianPay: { atLeast: 208000 } },
        { title: 'Same A', medianPay: 50000 },
        { title: 'Dentists', medianPay: 156240 },
        { title: 'Same B', medianPay: 50000 },
      ];
      expect(payValue(rows[0]!)).to.equal(208000);
      expect(titles(sortSimilar(rows, 'pay'))).to.deep.equal([
        'Same A',
        'Same B',
        'Dentists',
        'Surgeons',
      ]);
      expect(titles(sortSimilar(rows, '-pay'))).to.deep.equal([
        'Surgeons',
        'Dentists',
        'Same A',
        'Same B',
      ]);
    });

    it('ranks the whole ladder, whatever the apostrophes and case, missing education last', () => {
      const rows: SimilarOccupation[] = [
        { title: 'PhD', entryLevelEducation: 'doctoral or professional degree' },
        { title: 'None given' },
        { title: 'MA', entryLevelEducation: 'Master’s degree' },
        { title: 'Some', entryLevelEducation: 'Some college, no degree' },
        { title: 'AA', entryLevelEducation: 'ASSOCIATE’S DEGREE' },
        { title: 'Cert', entryLevelEducation: 'Postsecondary nondegree award' },
        { title: 'See', entryLevelEducation: 'See How to Become One' },
        { title: 'BA', entryLevelEducation: "Bachelor's degree" },
        { title: 'HS', entryLevelEducation: 'High school diploma or equivalent' },
        { title: 'Nothing', entryLevelEducation: 'No formal educational credential' },
      ];
      expect(titles(sortSimilar(rows, 'education'))).to.deep.equal([
        'Nothing',
        'HS',
        'Cert',
        'Some',
        'AA',
        'BA',
        'MA',
        'PhD',
        'None given',
        'See',
      ]);
      expect(titles(sortSimilar(rows, '-education'))).to.deep.equal([
        'PhD',
        'MA',
        'BA',
        'AA',
        'Some',
        'Cert',
        'HS',
        'Nothing',
        'None given',
        'See',
      ]);
    });

    it('handles no rows and one row', () => {
      expect(sortSimilar([], 'pay')).to.deep.equal([]);
      expect(titles(sortSimilar([{ title: 'Only' }], '-education'))).to.deep.equal(['Only']);
    });
  });
});
