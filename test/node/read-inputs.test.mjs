// @ts-check
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { readProjections } from '../../dist/tools/occ-data/read-projections.js';
import { readWages } from '../../dist/tools/occ-data/read-wages.js';
import {
  fixtureProjectionsCsv,
  fixtureProjectionsXlsx,
  fixtureWages,
  realProjections,
  realWagesCsv,
  realWagesXlsx,
  tempDir,
} from './helpers.mjs';

describe('reading the projections table', () => {
  test("finds another cycle's columns by meaning, under a title row (2019-29 fixture)", async () => {
    const projections = await readProjections(fixtureProjectionsCsv);
    assert.equal(projections.startYear, 2019);
    assert.equal(projections.endYear, 2029);
    assert.equal(projections.wageYear, 2019);
    // 17 occupation and group rows; the title row and the four footnote rows are not rows.
    assert.equal(projections.rows.size, 17);
    assert.deepEqual(projections.rows.get('15-1256'), {
      row: 3,
      code: '15-1256',
      title: 'Software developers and software quality assurance analysts and testers',
      detailed: true,
      employment: 1469200,
      projectedEmployment: 1785200,
      changeCount: 316000,
      changePercent: 21.5,
      openings: 140100,
      oohContent: undefined,
      medianWage: 107510,
      education: "Bachelor's degree",
      workExperience: 'None',
      training: 'None',
    });
  });

  test('handles thousands separators, float artefacts, "—" and ">=$208,000"', async () => {
    const { rows } = await readProjections(fixtureProjectionsCsv);
    const total = rows.get('00-0000');
    assert.equal(total?.employment, 162795600);
    assert.equal(total?.detailed, false);
    assert.deepEqual(total?.education, { missing: '—' });
    assert.equal(rows.get('29-2071')?.changePercent, 8.7);
    assert.deepEqual(rows.get('29-1248')?.medianWage, { atLeast: 208000 });
    assert.deepEqual(rows.get('39-7010')?.medianWage, { missing: '—' });
    assert.equal(rows.get('45-3031')?.medianWage, 31000);
  });

  test('reads the same rows from an .xlsx with several sheets as from the CSV', async () => {
    const fromCsv = await readProjections(fixtureProjectionsCsv);
    const fromXlsx = await readProjections(fixtureProjectionsXlsx);
    assert.deepEqual(fromXlsx.rows, fromCsv.rows);
    assert.equal(fromXlsx.startYear, 2019);
  });

  test('reads a CSV re-saved as Windows-1252, where "—" is one byte', async (t) => {
    const file = join(tempDir(t), 'projections-1252.csv');
    const text = readFileSync(fixtureProjectionsCsv, 'utf8');
    const bytes = Buffer.from(
      [...text]
        .map((char) => (char === '—' ? 0x97 : char.charCodeAt(0)))
        .filter((code) => code < 256),
    );
    writeFileSync(file, bytes);
    const { rows } = await readProjections(file);
    assert.deepEqual(rows.get('39-7010')?.medianWage, { missing: '—' });
    assert.equal(rows.get('15-1256')?.employment, 1469200);
  });

  test('a SOC code that appears twice is an error naming both rows', async (t) => {
    const file = join(tempDir(t), 'projections.csv');
    const text = readFileSync(fixtureProjectionsCsv, 'utf8');
    writeFileSync(
      file,
      text.replace('Tour and travel guides,39-7010', 'Tour and travel guides,29-2071'),
    );
    await assert.rejects(readProjections(file), {
      message:
        'projections.csv row 6, column 2019 National Employment Matrix code: SOC code 29-2071 appears again (first in row 4)',
    });
  });

  test('reads the real 2018-28 table: 809 detailed occupations, 267 groups, rows out of order', async () => {
    const { rows, startYear, endYear } = await readProjections(realProjections);
    const all = [...rows.values()];
    assert.equal(all.filter((row) => row.detailed).length, 809);
    assert.equal(all.filter((row) => !row.detailed).length, 267);
    assert.deepEqual([startYear, endYear], [2018, 2028]);
    const row = rows.get('29-2071');
    assert.equal(row?.employment, 215500);
    assert.equal(row?.projectedEmployment, 238600);
    assert.equal(row?.changeCount, 23100);
    assert.equal(row?.changePercent, 10.7);
    // "Percent self employed" of 11-0000 is 18.899999999999999 in the file; employment too must
    // come out exact.
    assert.equal(rows.get('11-0000')?.employment, 10193300);
  });
});

describe('reading OES national estimates', () => {
  test('picks the OCC_CODE column that holds SOC codes, wherever it is', async () => {
    // The fixture's first column is also headed OCC_CODE and holds education, as in the real file
    // (where it is the third column).
    const wages = await readWages(fixtureWages);
    assert.equal(wages.year, 2019);
    assert.equal(
      wages.rows.get('29-2071')?.title,
      'Medical Records and Health Information Technicians',
    );
    const real = await readWages(realWagesCsv);
    assert.equal(real.rows.get('29-2071')?.annual.p50, 40350);
  });

  test('handles "*", "#", "N/A", float artefacts, ragged rows and duplicate rows', async () => {
    // A CSV has no notes to say what "#" stands for: the limit is given.
    const { rows } = await readWages(fixtureWages, { topCode: 208000 });
    assert.equal(rows.get('00-0000')?.hourly.p50, 19.14);
    assert.deepEqual(rows.get('27-2031')?.annual.p50, { missing: '*' });
    assert.equal(rows.get('27-2031')?.hourly.p50, 17.49);
    assert.deepEqual(rows.get('29-1248')?.annual, {
      p10: 85170,
      p25: { atLeast: 208000 },
      p50: { atLeast: 208000 },
      p75: { atLeast: 208000 },
      p90: { atLeast: 208000 },
    });
    assert.deepEqual(rows.get('29-1248')?.hourly.p50, { atLeast: 100 });
    assert.deepEqual(rows.get('15-1256')?.annual.p90, { missing: 'N/A' });
    assert.equal(rows.get('29-2071')?.annual.p50, 42630);
  });

  test('the same SOC code with different wages is an error', async (t) => {
    const file = join(tempDir(t), 'national_M2019_dl.csv');
    const text = readFileSync(fixtureWages, 'utf8');
    writeFileSync(
      file,
      text
        .replace(
          '27-2031,Dancers,detailed,6170,8.1,22.21',
          '27-2031,Dancers,detailed,6170,8.1,22.22',
        )
        .replace(
          ',17.49,25.51,44.66,*,*,*,*,*,,TRUE\n,29-0000',
          ',17.50,25.51,44.66,*,*,*,*,*,,TRUE\n,29-0000',
        ),
    );
    await assert.rejects(readWages(file), {
      message:
        'national_M2019_dl.csv row 8, column OCC_CODE (2): SOC code 27-2031 appears again with different wages (first in row 7)',
    });
  });

  test('a different top-coding limit and wage year can be given', async () => {
    const wages = await readWages(fixtureWages, { topCode: 239200, year: 2021 });
    assert.equal(wages.year, 2021);
    assert.deepEqual(wages.rows.get('29-1248')?.annual.p50, { atLeast: 239200 });
    assert.deepEqual(wages.rows.get('29-1248')?.hourly.p50, { atLeast: 115 });
  });

  test('the published .xlsx and its CSV give the same rows', async () => {
    // This copy of the May 2018 file has no notes sheet: the limit is given, as BLS's notes say.
    const fromXlsx = await readWages(realWagesXlsx, { topCode: 208000 });
    const fromCsv = await readWages(realWagesCsv, { topCode: 208000 });
    assert.equal(fromXlsx.rows.size, fromCsv.rows.size);
    for (const [code, row] of fromCsv.rows) {
      const other = fromXlsx.rows.get(code);
      assert.deepEqual([other?.annual, other?.hourly], [row.annual, row.hourly], code);
    }
    assert.deepEqual(fromXlsx.rows.get('29-1061')?.annual.p90, { atLeast: 208000 });
    assert.deepEqual(fromXlsx.rows.get('27-2011')?.annual.p50, { missing: '*' });
  });
});
