// @ts-check
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { locateColumns } from '../../dist/tools/occ-data/columns.js';
import { PROJECTION_COLUMNS } from '../../dist/tools/occ-data/read-projections.js';
import { WAGE_COLUMNS } from '../../dist/tools/occ-data/read-wages.js';

/**
 * @param {string[]} headers
 * @param {(string | number)[][]} [rows]
 */
const sheetOf = (headers, rows = []) => [{ name: 'Sheet1', rows: [headers, ...rows] }];

const headers2018 = [
  '2018 National Employment Matrix title and code',
  'Code',
  'Occupation\ntype',
  'Employment 2018',
  'Employment 2028',
  'Employment change, 2018-28 Number',
  'Employment change, 2018-28 Percent',
  'Percent self employed, 2018',
  'Occupational openings, 2018-28 annual average',
  'Median annual wage, 2018(1)',
  'Typical education needed for entry',
  'Work experience in a related occupation',
  'Typical on-the-job training needed to attain competency in the occupation',
];

describe('finding columns by meaning', () => {
  test('2018-28 header texts', () => {
    // Both first headers name a code: the values tell which column holds the codes.
    const row = ['Medical records and health information technicians', '29-2071', 'Line item'];
    const { columns } = locateColumns('p.csv', sheetOf(headers2018, [row]), PROJECTION_COLUMNS);
    assert.deepEqual(columns, {
      title: '2018 National Employment Matrix title and code',
      code: 'Code',
      type: 'Occupation type',
      employment: 'Employment 2018',
      projectedEmployment: 'Employment 2028',
      changeCount: 'Employment change, 2018-28 Number',
      changePercent: 'Employment change, 2018-28 Percent',
      openings: 'Occupational openings, 2018-28 annual average',
      oohContent: undefined,
      medianWage: 'Median annual wage, 2018(1)',
      education: 'Typical education needed for entry',
      workExperience: 'Work experience in a related occupation',
      training: 'Typical on-the-job training needed to attain competency in the occupation',
    });
  });

  test('2024-34 header texts: en dashes, [1] markers, the OOH Content column', () => {
    const headers = [
      '2024 National Employment Matrix title',
      '2024 National Employment Matrix code',
      'Occupation type',
      'Employment, 2024',
      'Employment, 2034',
      'Employment distribution, percent, 2024',
      'Employment change, numeric, 2024–34',
      'Employment change, percent, 2024–34',
      'Occupational openings, 2024–34 annual average',
      'Median annual wage, dollars, 2024[1]',
      'Related Occupational Outlook Handbook (OOH) content xlsx',
    ];
    const row = ['Medical records specialists', '29-2072', 'Line item'];
    const { columns } = locateColumns('p.csv', sheetOf(headers, [row]), PROJECTION_COLUMNS);
    assert.equal(columns.employment, 'Employment, 2024');
    assert.equal(columns.projectedEmployment, 'Employment, 2034');
    assert.equal(columns.changeCount, 'Employment change, numeric, 2024–34');
    assert.equal(columns.changePercent, 'Employment change, percent, 2024–34');
    assert.equal(columns.openings, 'Occupational openings, 2024–34 annual average');
    assert.equal(columns.medianWage, 'Median annual wage, dollars, 2024[1]');
    assert.equal(columns.oohContent, 'Related Occupational Outlook Handbook (OOH) content xlsx');
  });

  test('2019-29 header texts, in another order', () => {
    const headers = [
      'Employment, 2029',
      '2019 National Employment Matrix code',
      'Median annual wage, dollars, 2020(1)',
      'Employment change, percent, 2019-29',
      '2019 National Employment Matrix title',
      'Occupation type',
      'Employment, 2019',
      'Employment change, numeric, 2019-29',
    ];
    const { columns } = locateColumns('p.csv', sheetOf(headers), PROJECTION_COLUMNS);
    assert.equal(columns.employment, 'Employment, 2019');
    assert.equal(columns.projectedEmployment, 'Employment, 2029');
    assert.equal(columns.code, '2019 National Employment Matrix code');
    assert.equal(columns.changeCount, 'Employment change, numeric, 2019-29');
    assert.equal(columns.medianWage, 'Median annual wage, dollars, 2020(1)');
    assert.equal(columns.education, undefined, 'optional columns may be missing');
  });

  test('a missing column is named with an example of its header', () => {
    const headers = headers2018.filter((header) => !header.includes('Percent'));
    assert.throws(() => locateColumns('/in/p.csv', sheetOf(headers), PROJECTION_COLUMNS), {
      name: 'InputError',
      message:
        'p.csv row 1: missing column: percent employment change (e.g. "Employment change, 2018-28 Percent")',
    });
  });

  test('duplicate OES headers are told apart by their values', () => {
    const headers = ['OCC_CODE', 'OCC_TITLE', 'OCC_CODE', 'A_MEDIAN', 'H_MEDIAN'];
    const rows = [
      ['', 'All Occupations', '00-0000', 38640, 18.58],
      ["Bachelor's degree", 'Chief Executives', '11-1011', 189600, 91.15],
    ];
    const { table, columns } = locateColumns('w.csv', sheetOf(headers, rows), WAGE_COLUMNS);
    assert.deepEqual(table.headers.slice(0, 3), ['OCC_CODE', 'OCC_TITLE', 'OCC_CODE (2)']);
    assert.equal(columns.code, 'OCC_CODE (2)');
  });

  test('two columns that both fit one meaning are an error, not a guess', () => {
    const headers = ['OCC_CODE', 'OCC_TITLE', 'OCC_CODE', 'A_MEDIAN', 'H_MEDIAN'];
    const rows = [['11-1011', 'Chief Executives', '11-1011', 189600, 91.15]];
    assert.throws(
      () => locateColumns('w.csv', sheetOf(headers, rows), WAGE_COLUMNS),
      /w\.csv row 1: columns "OCC_CODE" and "OCC_CODE \(2\)" all look like SOC code/,
    );
  });
});
