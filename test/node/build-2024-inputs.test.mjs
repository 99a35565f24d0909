// @ts-check
// occ-data build with the 2024-34 files, and the ways its inputs go wrong: each with its message.
import assert from 'node:assert/strict';
import { copyFileSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { before, describe, test } from 'node:test';
import { readProjections } from '../../dist/tools/occ-data/read-projections.js';
import { readWages } from '../../dist/tools/occ-data/read-wages.js';
import {
  crosswalk,
  missingFiles,
  occData,
  oohPages,
  projections2024,
  readJson,
  realProjections,
  snapshot,
  tempDir,
  wages2024,
  zipOf,
} from './helpers.mjs';

const skip = missingFiles(projections2024, wages2024, crosswalk, realProjections, oohPages);
const MEDICAL = 'medical-records-and-health-information-technicians.html';
const AGRICULTURAL = 'agricultural-workers.html';

/** Runs a build that must fail, into an output directory that must stay as it was. */
async function failingBuild(
  /** @type {import('node:test').TestContext} */ t,
  /** @type {string[]} */ inputs,
) {
  const out = join(tempDir(t), 'data');
  mkdirSync(out);
  writeFileSync(join(out, 'README.md'), 'previous dataset\n');
  const before = snapshot(out);
  const result = await occData(['build', ...inputs, '--out', out]);
  assert.equal(result.code, 1, result.stderr);
  assert.equal(result.stdout, '');
  assert.deepEqual(snapshot(out), before, 'the output directory is untouched');
  return result.stderr;
}

describe('reading the 2024-34 files', { skip }, () => {
  test('table 1.2 under its title row: en dashes, [1] markers, openings, OOH Content', async () => {
    const projections = await readProjections(projections2024);
    assert.equal(projections.tableName, 'table 1.2');
    assert.equal(
      projections.tableTitle,
      'Occupational projections, 2024–2034, and worker characteristics, 2024',
    );
    assert.equal(projections.startYear, 2024);
    assert.equal(projections.endYear, 2034);
    assert.equal(projections.wageYear, 2024);
    const detailed = [...projections.rows.values()].filter((row) => row.detailed);
    assert.equal(detailed.length, 832);
    const row = projections.rows.get('29-2072');
    assert.equal(row?.title, 'Medical records specialists');
    assert.equal(row?.employment, 194800);
    assert.equal(row?.openings, 14200);
    assert.equal(row?.oohContent, true);
    assert.equal(projections.rows.get('53-7071')?.oohContent, false);
  });

  test("OEWS May 2024: the top code and year from the file's own notes", async () => {
    const wages = await readWages(wages2024);
    assert.equal(wages.year, 2024);
    assert.deepEqual(wages.topCode, {
      annual: 239200,
      hourly: 115,
      from: 'the notes in sheet "Field Descriptions"',
    });
    assert.equal(wages.unknownTopCoded, 0);
    assert.deepEqual(wages.rows.get('11-1011')?.annual.p90, { atLeast: 239200 });
    assert.deepEqual(wages.rows.get('29-2072')?.annual, {
      p10: 35780,
      p25: 41600,
      p50: 50250,
      p75: 64070,
      p90: 80950,
    });
  });

  test('a two-row header (2014-24, 2016-26 workbooks) is read as one', async (t) => {
    const file = join(tempDir(t), 'occupation-2016-26.csv');
    writeFileSync(
      file,
      [
        '"Table 1.7 Occupational projections, 2016-26, and worker characteristics, 2016 (Numbers in thousands)",,,,,,,,,,',
        '2016 National Employment Matrix title and code,,Occupation type,Employment,,"Employment change, 2016-26",,"Median annual wage, 2017(1)",Typical education needed for entry,Work experience in a related occupation,Typical on-the-job training needed to attain competency in the occupation',
        'Title,Code,,2016,2026,Number,Percent,,,,',
        'Total,00-0000,Summary,"156,063.8","167,582.3","11,518.6",7.4,"$37,690",—,—,—',
        'Medical records and health information technicians,29-2071,Line item,206.3,233.1,27.8,13.5,"$39,180",Postsecondary nondegree award,None,None',
      ].join('\n'),
    );
    const projections = await readProjections(file);
    assert.equal(projections.startYear, 2016);
    assert.equal(projections.endYear, 2026);
    assert.equal(projections.wageYear, 2017);
    assert.equal(projections.tableName, 'table 1.7');
    assert.deepEqual(projections.rows.get('29-2071'), {
      row: 5,
      code: '29-2071',
      title: 'Medical records and health information technicians',
      detailed: true,
      employment: 206300,
      projectedEmployment: 233100,
      changeCount: 27800,
      changePercent: 13.5,
      openings: undefined,
      oohContent: undefined,
      medianWage: 39180,
      education: 'Postsecondary nondegree award',
      workExperience: 'None',
      training: 'None',
    });
  });
});

describe('occ-data build --ooh with pages that cannot be read', { skip }, () => {
  /** @type {string} */
  let out;
  /** @type {{ code: number, stdout: string, stderr: string }} */
  let result;

  before(async () => {
    const dir = tempDir({ after: (cleanUp) => process.once('exit', cleanUp) });
    const pages = join(dir, 'pages');
    mkdirSync(pages);
    for (const page of [MEDICAL, AGRICULTURAL])
      copyFileSync(join(oohPages, page), join(pages, page));
    const html = readFileSync(join(oohPages, 'actuaries.html'), 'utf8');
    writeFileSync(join(pages, 'actuaries.html'), html.slice(0, Math.floor(html.length * 0.4)));
    writeFileSync(
      join(pages, 'ooh-home.html'),
      '<!DOCTYPE html><html><head><title>Occupational Outlook Handbook</title></head><body><h1>Occupational Outlook Handbook</h1></body></html>',
    );
    out = join(dir, 'data');
    result = await occData([
      'build',
      '--projections',
      projections2024,
      '--wages',
      wages2024,
      '--ooh',
      pages,
      '--out',
      out,
    ]);
  });

  test('a bad page and a truncated page are named with their reason; the build goes on', () => {
    assert.equal(result.code, 0, result.stderr);
    assert.match(result.stderr, /^occ-data: skipped actuaries\.html: .+$/m);
    assert.match(result.stderr, /^occ-data: skipped ooh-home\.html: .+$/m);
    assert.match(result.stdout, /; OOH pages read: 2 of 4, skipped: 2;/);
    assert.match(
      result.stdout,
      /wrote 2 OOH profiles, 832 occupations by SOC code \(1 of them the OOH profile\)/,
    );
  });

  test('the pages read are full profiles; the occupations of a skipped page are numbers only', () => {
    const files = readdirSync(out);
    assert.ok(files.includes('agricultural-workers.json'));
    assert.ok(!files.includes('actuaries.json'));
    assert.equal(
      readJson(join(out, '15-2011.json')).sections,
      undefined,
      'actuaries: numbers only',
    );
    assert.equal(readJson(join(out, '15-2011.json')).occupation.coveredBy, undefined);
    assert.ok(!files.some((name) => name.startsWith('.')), 'nothing half-written left behind');
  });

  test('29-2072 is the page with May 2024 percentiles and hourly wages from OEWS', () => {
    const profile = readJson(join(out, '29-2072.json'));
    assert.equal(profile.occupation.slug, 'medical-records-and-health-information-technicians');
    assert.deepEqual(profile.pay.percentiles, {
      annual: { p10: 35780, p25: 41600, p50: 50250, p75: 64070, p90: 80950 },
      hourly: { p10: 17.2, p25: 20, p50: 24.16, p75: 30.8, p90: 38.92 },
    });
    assert.deepEqual(
      profile.pay.medians.map((/** @type {{ hourly?: number }} */ bar) => bar.hourly),
      [26.09, 24.16, 23.8],
    );
    assert.match(profile.source.citation, /Medical Records Specialists/);
  });

  test('the numbers-only profiles name table 1.2 of 2024-34, not another table', () => {
    const profile = readJson(join(out, '53-7071.json'));
    assert.match(
      profile.source.citation,
      /"Occupational projections, 2024–2034, and worker characteristics, 2024" \(table 1\.2\);.*OEWS.*May 2024/,
    );
    assert.doesNotMatch(profile.source.citation, /1\.7/);
  });
});

describe('occ-data build: wrong, mixed and zipped inputs', { skip }, () => {
  test('the wage file given as projections (and the other way round)', async (t) => {
    assert.match(
      await failingBuild(t, ['--projections', wages2024, '--wages', wages2024]),
      /^occ-data: oews-national-M2024_dl\.xlsx row \d+: missing columns: occupation type .*projected employment/m,
    );
    assert.match(
      await failingBuild(t, ['--projections', projections2024, '--wages', projections2024]),
      /^occ-data: ep-2024-34-occupation\.xlsx row \d+: missing columns: .*median annual wage \(e\.g\. "A_MEDIAN"\)/m,
    );
  });

  test('a zipped OEWS download: a message saying what to extract', async (t) => {
    const zip = join(tempDir(t), 'oesm24nat.zip');
    writeFileSync(zip, zipOf('oesm24nat/national_M2024_dl.xlsx', readFileSync(wages2024)));
    assert.equal(
      await failingBuild(t, ['--projections', projections2024, '--wages', zip]),
      'occ-data: oesm24nat.zip: this is a .zip archive, not an .xlsx workbook; extract national_M2024_dl.xlsx from it and pass that file\n',
    );
  });

  test('2018-28 projections with May 2024 wages: warnings with counts, and no top code for May 2018', async (t) => {
    const out = join(tempDir(t), 'data');
    const mixed = await occData([
      'build',
      '--projections',
      realProjections,
      '--wages',
      wages2024,
      '--crosswalk',
      crosswalk,
      '--out',
      out,
    ]);
    assert.equal(mixed.code, 0, mixed.stderr);
    assert.match(
      mixed.stderr,
      /warning: mixed vintages: ep-2018-28-table-1\.7-occupations\.csv is the 2018-28 projections \(wages of 2018\) but oews-national-M2024_dl\.xlsx is May 2024: all 809 profiles pair 2018 employment with May 2024 wages\n/,
    );
    assert.match(
      mixed.stderr,
      /warning: \d+ of 809 occupations in ep-2018-28-table-1\.7-occupations\.csv have no row in oews-national-M2024_dl\.xlsx \(\d+ of them are SOC 2010 codes that SOC 2018 replaced, e\.g\. \d\d-\d{4}: the files use different SOC versions\)\n/,
    );
    assert.equal(readJson(join(out, '29-2071.json')).pay, undefined, '29-2071 is not in SOC 2018');
  });
});
