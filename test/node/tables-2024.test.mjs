// @ts-check
// The figures data/ takes from BLS's tables, against the tables read with a reader of this test's
// own (xlsx-text.mjs), not the pipeline's: every numbers-only profile against table 1.2 and OEWS
// May 2024, and the percentiles and hourly wages OEWS adds to the OOH profiles.
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { missingFiles, projections2024, readJson, repoRoot, wages2024 } from './helpers.mjs';
import { readWorkbook } from './xlsx-text.mjs';

/** @typedef {Record<string, any>} Json */

const data = join(repoRoot, 'data');

describe(
  'data/ against table 1.2 and OEWS May 2024',
  { skip: missingFiles(projections2024, wages2024) },
  () => {
    const table = /** @type {string[][]} */ (
      readWorkbook(readFileSync(projections2024)).get('Table 1.2')
    );
    const header = table[1];
    const column = (/** @type {RegExp} */ pattern) =>
      header.findIndex((text) => pattern.test(text));
    const projections = new Map(
      table
        .slice(2)
        .filter((row) => /^\d\d-\d{4}$/.test(row[1]))
        .map((row) => [row[1], row]),
    );

    const oews = readWorkbook(readFileSync(wages2024));
    const [wageHeader, ...wageRows] = /** @type {string[][]} */ ([...oews.values()][0]);
    const wages = new Map(wageRows.map((row) => [row[wageHeader.indexOf('OCC_CODE')], row]));
    // What "#" stands for, as the file's notes say it.
    const note = [...oews.values()].flat(2).find((cell) => /^#\s*=/.test(cell)) ?? '';
    const [hourlyTop, annualTop] = [...note.matchAll(/\$([\d,.]+)/g)].map((m) =>
      Number(m[1].replace(/,/g, '')),
    );
    /** @param {string[] | undefined} row @param {string} field */
    const wage = (row, field) => {
      const value = row?.[wageHeader.indexOf(field)];
      if (value === undefined || value === '*' || value === '') return undefined;
      if (value === '#') return { atLeast: field.startsWith('A_') ? annualTop : hourlyTop };
      return Number(value);
    };
    const thousands = (/** @type {string} */ value) => Math.round(Number(value) * 1000);
    const percent = (/** @type {string} */ value) =>
      Math.sign(Number(value)) * Math.round(Math.abs(Number(value))) || 0;

    test('the notes say # is $239,200 a year or $115.00 an hour', () => {
      assert.deepEqual([annualTop, hourlyTop], [239200, 115]);
    });

    test('every numbers-only profile has its row of table 1.2 and of OEWS', () => {
      let checked = 0;
      for (const file of readdirSync(data).filter((name) => /^\d\d-\d{4}\.json$/.test(name))) {
        /** @type {Json} */
        const profile = readJson(join(data, file));
        if (profile.sections) continue;
        const code = file.slice(0, 7);
        const row = /** @type {string[]} */ (projections.get(code));
        const at = `${code} (${row[0].trim()})`;
        assert.equal(row[column(/^Occupation type/)], 'Line item', at);
        assert.equal(
          profile.quickFacts.jobs.count,
          thousands(row[column(/^Employment, \d{4}$/)]),
          at,
        );
        assert.equal(profile.outlook.projections[0].projectedEmployment, thousands(row[4]), at);
        assert.equal(
          profile.quickFacts.employmentChange.count,
          thousands(row[column(/change, numeric/)]),
          at,
        );
        assert.equal(
          profile.quickFacts.outlook.percent,
          percent(row[column(/change, percent/)]),
          at,
        );
        assert.equal(profile.outlook.openingsPerYear, thousands(row[column(/openings/)]), at);
        assert.equal(profile.quickFacts.entryLevelEducation, row[column(/education/)], at);
        assert.equal(profile.quickFacts.workExperience, row[column(/Work experience/)], at);
        assert.equal(profile.quickFacts.onTheJobTraining, row[column(/on-the-job training/)], at);
        assert.equal(profile.outlook.projections[0].title, row[0].trim(), at);

        const oes = wages.get(code);
        assert.deepEqual(
          profile.quickFacts.medianPay?.annual,
          oes ? wage(oes, 'A_MEDIAN') : profile.quickFacts.medianPay?.annual,
          at,
        );
        if (oes) {
          assert.deepEqual(profile.quickFacts.medianPay?.hourly, wage(oes, 'H_MEDIAN'), at);
          for (const [key, field] of [
            ['p10', 'PCT10'],
            ['p25', 'PCT25'],
            ['p75', 'PCT75'],
            ['p90', 'PCT90'],
          ]) {
            assert.deepEqual(
              profile.pay?.percentiles?.annual?.[key],
              wage(oes, `A_${field}`),
              `${at} ${key}`,
            );
            assert.deepEqual(
              profile.pay?.percentiles?.hourly?.[key],
              wage(oes, `H_${field}`),
              `${at} ${key}`,
            );
          }
        }
        checked += 1;
      }
      assert.equal(checked, 832 - 244);
    });

    test("the OEWS figures added to an OOH profile are one OEWS row's, that of its code or group", () => {
      let added = 0;
      for (const file of readdirSync(data).filter(
        (name) =>
          name.endsWith('.json') && !/^\d/.test(name) && !/^(index|package)\.json$/.test(name),
      )) {
        /** @type {Json} */
        const profile = readJson(join(data, file));
        const hourly = profile.pay?.percentiles?.hourly;
        if (hourly?.p25 === undefined) continue;
        const codes = profile.occupation.soc.flatMap((/** @type {string} */ code) => [
          code,
          `${code.slice(0, 6)}0`,
          `${code.slice(0, 5)}00`,
          `${code.slice(0, 4)}000`,
        ]);
        const rows = codes.map((code) => wages.get(code)).filter((row) => row !== undefined);
        const match = rows.find(
          (row) =>
            JSON.stringify(wage(row, 'H_PCT25')) === JSON.stringify(hourly.p25) &&
            JSON.stringify(wage(row, 'H_PCT75')) === JSON.stringify(hourly.p75) &&
            JSON.stringify(wage(row, 'H_MEDIAN')) === JSON.stringify(hourly.p50),
        );
        assert.ok(match, `${file}: hourly percentiles of no OEWS row of ${profile.occupation.soc}`);
        const annual = profile.pay.percentiles.annual;
        if (annual?.p25 !== undefined) {
          assert.deepEqual(annual.p25, wage(match, 'A_PCT25'), file);
          assert.deepEqual(annual.p75, wage(match, 'A_PCT75'), file);
        }
        added += 1;
      }
      assert.ok(added > 250, `only ${added} profiles got OEWS figures`);
      const medical = readJson(join(data, '29-2072.json'));
      const row = wages.get('29-2072');
      assert.deepEqual(medical.pay.percentiles.annual, {
        p10: wage(row, 'A_PCT10'),
        p25: wage(row, 'A_PCT25'),
        p50: wage(row, 'A_MEDIAN'),
        p75: wage(row, 'A_PCT75'),
        p90: wage(row, 'A_PCT90'),
      });
    });
  },
);
