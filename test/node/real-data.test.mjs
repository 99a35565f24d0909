// @ts-check
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { before, describe, test } from 'node:test';
import { Validator } from '@cfworker/json-schema';
import { parse } from 'csv-parse/sync';
import {
  missingFiles,
  occData,
  readJson,
  realProjections,
  realWagesCsv,
  realWagesXlsx,
  repoRoot,
  snapshot,
  tempDir,
} from './helpers.mjs';

/** @typedef {Record<string, any>} Json */

// The 2018-28 CSV and May 2018 wages are still input a user may have (the shipped dataset is
// 2024-34: dataset-2024.test.mjs). This copy of the May 2018 file has no notes sheet saying what
// "#" stands for, so the limit its notes gave ($208,000) is passed with --top-code.
describe(
  'the 2018-28 dataset built from the real BLS files',
  {
    skip: missingFiles(realProjections, realWagesXlsx, realWagesCsv),
  },
  () => {
    /** @type {string} */
    let out;
    /** @type {string} */
    let summary;
    /** @type {string} */
    let warnings;

    before(async () => {
      // Removed when the test process exits: the tests below all read this one build.
      out = join(tempDir({ after: (cleanUp) => process.once('exit', cleanUp) }), 'data');
      const result = await occData([
        'build',
        '--projections',
        realProjections,
        '--wages',
        realWagesXlsx,
        '--top-code',
        '208000',
        '--out',
        out,
      ]);
      assert.equal(result.code, 0, result.stderr);
      summary = result.stdout;
      warnings = result.stderr;
    });

    /** @param {string} soc */
    const profile = (soc) => readJson(join(out, `${soc}.json`));

    test('writes 809 profiles and an index of them, and says what is empty and why', () => {
      const files = readdirSync(out).filter((name) => name !== 'index.json');
      assert.equal(files.length, 809);
      const index = readJson(join(out, 'index.json'));
      assert.equal(index.occupations.length, 809);
      assert.deepEqual(
        index.occupations.map((/** @type {Json} */ entry) => entry.file),
        [...files].sort(),
      );
      for (const entry of index.occupations) {
        const { occupation, quickFacts } = profile(entry.slug);
        assert.equal(entry.title, occupation.title);
        assert.deepEqual(entry.medianPay?.annual, quickFacts.medianPay?.annual);
        assert.equal(entry.outlookPercent, quickFacts.outlook?.percent);
      }
      assert.equal(
        warnings,
        'occ-data: warning: 1 of 809 occupations in ep-2018-28-table-1.7-occupations.csv have no row in oes-national-M2018_dl.xlsx\n',
      );
      assert.equal(
        summary,
        `occ-data: wrote 809 occupations and index.json to ${out}; warnings: 1; ` +
          'fields left empty: 450 (438 "*" in oes-national-M2018_dl.xlsx; ' +
          '11 no row for 45-3000 in oes-national-M2018_dl.xlsx; 1 "—" in ep-2018-28-table-1.7-occupations.csv)\n',
      );
    });

    test('every profile is valid against the schema', () => {
      const schema = readJson(join(repoRoot, 'schema/occupation-profile.schema.json'));
      const validator = new Validator(schema, '2020-12', false);
      const files = readdirSync(out).filter((name) => name !== 'index.json');
      for (const file of files) {
        const result = validator.validate(readJson(join(out, file)));
        assert.ok(result.valid, `${file}: ${JSON.stringify(result.errors.slice(0, 3))}`);
      }
    });

    test('29-2071 agrees with the hand-made reference profile on every figure both contain', () => {
      const reference = readJson(join(repoRoot, 'data/editions/2019-20/29-2071.json'));
      const built = profile('29-2071');
      const compared = compareCommonFigures(reference, built);
      // The figures the issue lists, checked by name as well.
      assert.deepEqual(built.quickFacts.medianPay, { annual: 40350, hourly: 19.4, year: 2018 });
      assert.equal(built.pay.percentiles.annual.p10, 26550);
      assert.equal(built.pay.percentiles.annual.p90, 66260);
      assert.deepEqual(built.outlook.projections[0], {
        title: 'Medical records and health information technicians',
        soc: '29-2071',
        employment: 215500,
        projectedEmployment: 238600,
        changePercent: 11,
        changeCount: 23100,
      });
      assert.deepEqual(built.quickFacts.outlook, {
        percent: 11,
        phrase: 'Much faster than average',
        startYear: 2018,
        endYear: 2028,
      });
      assert.deepEqual(built.pay.medians[0], {
        label: 'Health technologists and technicians',
        annual: 44700,
        hourly: 21.49,
      });
      assert.deepEqual(built.pay.medians[2], {
        label: 'Total, all occupations',
        annual: 38640,
        hourly: 18.58,
      });
      assert.deepEqual(built.outlook.changes, reference.outlook.changes);
      assert.ok(compared >= 30, `only ${compared} figures compared`);
    });

    test('a sample of other occupations matches the input rows', () => {
      const projections = rowsByCode(realProjections, 1);
      const wages = rowsByCode(realWagesCsv, 0);
      const codes = [...projections.values()]
        .filter((row) => row.at(2) === 'Line item')
        .map((row) => row[1])
        .sort();
      // Every 25th occupation, and the awkward ones: top-coded, hourly-only, annual-only, no OES
      // row, minor group 15-1100, major group as the comparison group.
      const sample = new Set([
        ...codes.filter((_, index) => index % 25 === 0),
        ...['29-1061', '27-2011', '25-1011', '45-3000', '15-1132', '39-7010', '11-1011'],
      ]);
      const number = (/** @type {string} */ text) => Number(text.replace(/,/g, ''));
      for (const soc of sample) {
        const row = /** @type {string[]} */ (projections.get(soc));
        const built = profile(soc);
        const message = `${soc} (${row[0]})`;
        assert.equal(built.quickFacts.jobs.count, Math.round(number(row[3]) * 1000), message);
        assert.equal(
          built.outlook.projections[0].projectedEmployment,
          Math.round(number(row[4]) * 1000),
          message,
        );
        assert.equal(
          built.quickFacts.employmentChange.count,
          Math.round(number(row[5]) * 1000),
          message,
        );
        assert.equal(built.quickFacts.outlook.percent, roundHalfAway(number(row[6])), message);
        assert.equal(built.quickFacts.entryLevelEducation, row[10], message);
        assert.equal(built.quickFacts.workExperience, row[11], message);
        assert.equal(built.quickFacts.onTheJobTraining, row[12], message);
        assert.equal(built.outlook.projections[0].title, row[0], message);

        const oes = wages.get(soc);
        if (!oes) {
          assert.equal(soc, '45-3000');
          assert.equal(built.pay, undefined, `${message}: no pay figures without wage data`);
          continue;
        }
        assert.equal(built.occupation.title, oes[1], message);
        const money = (/** @type {string | undefined} */ text, /** @type {number} */ top) =>
          text === '#'
            ? { atLeast: top }
            : text === '*' || text === undefined
              ? undefined
              : number(text);
        assert.deepEqual(built.quickFacts.medianPay?.annual, money(oes[16], 208000), message);
        assert.deepEqual(built.quickFacts.medianPay?.hourly, money(oes[11], 100), message);
        assert.deepEqual(built.pay.percentiles.annual?.p10, money(oes[14], 208000), message);
        assert.deepEqual(built.pay.percentiles.annual?.p90, money(oes[18], 208000), message);
        assert.deepEqual(built.pay.percentiles.hourly?.p75, money(oes[12], 100), message);
        // The projections table's median wage is OES data too: both files must agree.
        const projectedWage =
          row[9] === '>=$208,000'
            ? { atLeast: 208000 }
            : row[9] === '—'
              ? undefined
              : number(row[9]);
        assert.deepEqual(built.quickFacts.medianPay?.annual, projectedWage, message);

        const group = built.outlook.changes[1];
        const groupRow = [...projections.values()].find(
          (candidate) => candidate[0] === group.label,
        );
        assert.ok(groupRow && groupRow[2] === 'Summary', `${message}: group ${group.label}`);
        assert.equal(group.percent, roundHalfAway(number(groupRow[6])), message);
        assert.ok(
          soc.startsWith(groupRow[1].replace(/0+$/, '')),
          `${message} is in ${groupRow[1]}`,
        );
      }
      assert.equal(
        profile('39-7010').outlook.changes[1].label,
        'Personal care and service occupations',
      );
      assert.equal(profile('15-1132').outlook.changes[1].label, 'Computer occupations');
    });

    test('the OES .xlsx and its CSV give the same dataset', async (t) => {
      const fromCsv = join(tempDir(t), 'data');
      const result = await occData([
        'build',
        '--projections',
        realProjections,
        '--wages',
        realWagesCsv,
        '--top-code',
        '208000',
        '--out',
        fromCsv,
      ]);
      assert.equal(result.code, 0, result.stderr);
      assert.deepEqual(snapshot(fromCsv), snapshot(out));
    });
  },
);

/**
 * Compares every number, string and boolean that both profiles hold at the same place; arrays of
 * labelled items are matched by label (or SOC code), not position. Returns how many were compared.
 * @param {unknown} reference
 * @param {unknown} built
 * @param {string} [path]
 * @returns {number}
 */
function compareCommonFigures(reference, built, path = '') {
  if (reference === undefined || built === undefined) return 0;
  if (Array.isArray(reference) && Array.isArray(built)) {
    let compared = 0;
    for (const item of reference) {
      const key = item?.label !== undefined ? 'label' : item?.soc !== undefined ? 'soc' : undefined;
      if (!key) continue;
      const match = built.find((candidate) => candidate?.[key] === item[key]);
      compared += compareCommonFigures(item, match, `${path}[${item[key]}]`);
    }
    return compared;
  }
  if (reference && typeof reference === 'object' && built && typeof built === 'object') {
    let compared = 0;
    for (const [key, value] of Object.entries(reference)) {
      // The source block describes different publications: the OOH page vs the data tables.
      if (path === '' && key === 'source') continue;
      compared += compareCommonFigures(value, /** @type {Json} */ (built)[key], `${path}.${key}`);
    }
    return compared;
  }
  assert.deepEqual(built, reference, `29-2071${path}`);
  return 1;
}

/**
 * @param {string} file
 * @param {number} codeColumn
 * @returns {Map<string, string[]>}
 */
function rowsByCode(file, codeColumn) {
  /** @type {string[][]} */
  const rows = parse(readFileSync(file), { relax_column_count: true });
  return new Map(rows.slice(1).map((row) => [row[codeColumn], row]));
}

/** @param {number} value */
function roundHalfAway(value) {
  return Math.sign(value) * Math.round(Math.abs(value)) || 0;
}
