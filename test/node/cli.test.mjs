// @ts-check
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { main } from '../../dist/tools/occ-data/cli.js';
import {
  buildArgs,
  fixtureProjectionsCsv,
  fixtureProjectionsXlsx,
  fixtureThresholds,
  fixtureWages,
  occData,
  readJson,
  snapshot,
  tempDir,
} from './helpers.mjs';

describe('occ-data build', () => {
  test('builds a profile per detailed occupation and index.json, and prints a summary', async (t) => {
    const out = join(tempDir(t), 'data');
    const { code, stdout, stderr } = await occData(buildArgs(out, ['--top-code', '208000']));
    assert.equal(code, 0, stderr);
    // No progress output when stderr is not a terminal; the warnings about the inputs as a whole.
    assert.equal(
      stderr,
      'occ-data: warning: no outlook phrases for the 2019-29 projections: numbers-only profiles have none (pass --outlook-thresholds)\n' +
        'occ-data: warning: 2 of 6 occupations in projections-2019-29.csv have no row in national_M2019_dl.csv (the files may use different SOC versions; pass --crosswalk to check)\n',
    );
    assert.match(
      stdout,
      /^occ-data: wrote 6 occupations and index\.json to .*data; warnings: 2; fields left empty: 40 \(/,
    );
    assert.match(stdout, /6 no outlook thresholds for 2019-29 \(use --outlook-thresholds\)/);
    assert.match(stdout, /8 "\*" in national_M2019_dl\.csv/);
    const index = readJson(join(out, 'index.json'));
    assert.equal(index.edition, '2019-29');
    assert.equal(index.source, 'Employment Projections 2019-29; OES May 2019');
    assert.deepEqual(
      index.occupations.map((/** @type {{ slug: string }} */ entry) => entry.slug),
      ['15-1256', '27-2031', '29-1248', '29-2071', '39-7010', '45-3031'],
    );
    assert.deepEqual(index.occupations[2], {
      title: 'Surgeons, Except Ophthalmologists',
      slug: '29-1248',
      file: '29-1248.json',
      kind: 'occupation',
      soc: ['29-1248'],
      medianPay: { annual: { atLeast: 208000 }, hourly: { atLeast: 100 } },
      education: 'Doctoral or professional degree',
      experience: 'None',
      training: 'Internship/residency',
      jobs: 37100,
      outlookPercent: 2,
      employmentChange: 900,
      openings: 1100,
    });

    const profile = readJson(join(out, '29-2071.json'));
    assert.equal(
      profile.quickFacts.outlook.phrase,
      undefined,
      'no thresholds for 2019-29 by default',
    );
    assert.deepEqual(profile.quickFacts.jobs, { count: 341100, year: 2019 });
    assert.deepEqual(
      profile.pay.medians.map((/** @type {{ label: string }} */ bar) => bar.label),
      [
        'Health technologists and technicians',
        'Medical records and health information technicians',
        'Total, all occupations',
      ],
    );
    // Hourly-only wages (dancers): no annual figures at all, rather than invented ones.
    const dancers = readJson(join(out, '27-2031.json'));
    assert.deepEqual(dancers.quickFacts.medianPay, { hourly: 17.49, year: 2019 });
    assert.equal(dancers.pay.percentiles.annual, undefined);
    // No OES row: the projections table's own median wage of the same year.
    const hunters = readJson(join(out, '45-3031.json'));
    assert.deepEqual(hunters.quickFacts.medianPay, { annual: 31000, year: 2019 });
    assert.equal(hunters.outlook.changes[1].label, 'Fishing and hunting workers');
  });

  test('--outlook-thresholds gives the phrases for another cycle', async (t) => {
    const out = join(tempDir(t), 'data');
    const { code } = await occData(buildArgs(out, ['--outlook-thresholds', fixtureThresholds]));
    assert.equal(readJson(join(out, '29-2071.json')).outlook.phrase, 'Much faster than average');
    assert.equal(code, 0);
    assert.equal(
      readJson(join(out, '29-2071.json')).quickFacts.outlook.phrase,
      'Much faster than average',
    );
    assert.equal(readJson(join(out, '39-7010.json')).quickFacts.outlook.phrase, 'Decline');
  });

  test('an .xlsx workbook gives the same dataset as its CSV', async (t) => {
    const dir = tempDir(t);
    await occData(buildArgs(join(dir, 'csv')));
    const { code } = await occData([
      'build',
      '--projections',
      fixtureProjectionsXlsx,
      '--wages',
      fixtureWages,
      '--out',
      join(dir, 'xlsx'),
    ]);
    assert.equal(code, 0);
    assert.deepEqual(snapshot(join(dir, 'xlsx')), snapshot(join(dir, 'csv')));
  });
});

describe('occ-data errors', () => {
  /**
   * Runs a build that must fail, into an output directory that must stay as it was.
   * @param {import('node:test').TestContext} t
   * @param {{ projections?: string, wages?: string }} inputs
   */
  async function failingBuild(t, inputs) {
    const out = join(tempDir(t), 'data');
    mkdirSync(out);
    writeFileSync(join(out, 'README.md'), 'previous dataset\n');
    const before = snapshot(out);
    const result = await occData([
      'build',
      '--projections',
      inputs.projections ?? fixtureProjectionsCsv,
      '--wages',
      inputs.wages ?? fixtureWages,
      '--out',
      out,
    ]);
    assert.equal(result.code, 1, result.stderr);
    assert.equal(result.stdout, '');
    assert.deepEqual(snapshot(out), before, 'the output directory is untouched');
    return result.stderr;
  }

  /**
   * A copy of a fixture with one edit, under the same file name.
   * @param {import('node:test').TestContext} t
   * @param {string} fixture
   * @param {(text: string) => string} edit
   */
  function editedCopy(t, fixture, edit) {
    const file = join(tempDir(t), fixture.split('/').pop() ?? '');
    writeFileSync(file, edit(readFileSync(fixture, 'utf8')));
    return file;
  }

  test('a value that is not a number: file, row and column', async (t) => {
    const wages = editedCopy(t, fixtureWages, (text) => text.replace('"42,630"', '"4O,350"'));
    const stderr = await failingBuild(t, { wages });
    assert.equal(
      stderr,
      'occ-data: national_M2019_dl.csv row 13, column A_MEDIAN: expected a number, got "4O,350"\n',
    );
  });

  test('a missing column: file, header row and the column wanted', async (t) => {
    const projections = editedCopy(t, fixtureProjectionsCsv, (text) =>
      text.replace('"Employment change, percent, 2019-29"', '"Change"'),
    );
    const stderr = await failingBuild(t, { projections });
    assert.equal(
      stderr,
      'occ-data: projections-2019-29.csv row 2: missing column: percent employment change (e.g. "Employment change, 2018-28 Percent")\n',
    );
  });

  test('a row without a SOC code', async (t) => {
    const projections = editedCopy(t, fixtureProjectionsCsv, (text) =>
      text.replace(',29-2071,', ',29-207,'),
    );
    const stderr = await failingBuild(t, { projections });
    assert.match(
      stderr,
      /projections-2019-29\.csv row 4, column 2019 National Employment Matrix code: expected a SOC code such as 29-2071, got "29-207"/,
    );
  });

  test('a missing or unreadable file', async (t) => {
    const dir = tempDir(t);
    assert.match(
      await failingBuild(t, { wages: join(dir, 'national_M2019_dl.xlsx') }),
      /^occ-data: national_M2019_dl\.xlsx: cannot read the file \(no such file\)\n$/,
    );
    const broken = join(dir, 'broken.xlsx');
    writeFileSync(
      broken,
      Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.alloc(64, 7)]),
    );
    assert.match(
      await failingBuild(t, { projections: broken }),
      /broken\.xlsx: cannot read it as an \.xlsx workbook/,
    );
    const old = join(dir, 'occupation.xls');
    writeFileSync(old, Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]));
    assert.match(
      await failingBuild(t, { projections: old }),
      /occupation\.xls: this is an old-style \.xls workbook/,
    );
    assert.match(await failingBuild(t, { projections: dir }), /: cannot read the file \(EISDIR/);
  });

  test('usage errors exit with 2', async () => {
    assert.equal((await occData([])).code, 2);
    assert.match((await occData([])).stderr, /missing command "build"/);
    const noOut = await occData(['build', '--projections', 'a', '--wages', 'b']);
    assert.equal(noOut.code, 2);
    assert.match(noOut.stderr, /missing --out/);
    const badYear = await occData([...buildArgs('x'), '--wage-year', '18']);
    assert.equal(badYear.code, 2);
    assert.match(badYear.stderr, /--wage-year must be a whole number from 1900 to 2200, got "18"/);
    assert.equal((await occData(['build', '--nope'])).code, 2);
    const help = await occData(['--help']);
    assert.equal(help.code, 0);
    assert.match(
      help.stdout,
      /^Usage: occ-data build --projections <file> --wages <file> --out <dir>/,
    );
    assert.match((await occData(['--version'])).stdout, /^occ-data\/\d+\.\d+\.\d+\n$/);
  });
});

describe('occ-data in a terminal', () => {
  /** @returns {{ text: string, write(chunk: string): void, isTTY: boolean }} */
  const stream = (isTTY = false) => ({
    text: '',
    isTTY,
    write(chunk) {
      this.text += chunk;
    },
  });

  test('shows progress on a terminal only', async (t) => {
    const stdout = stream();
    const stderr = stream(true);
    assert.equal(await main(buildArgs(join(tempDir(t), 'data')), { stdout, stderr }), 0);
    assert.match(stderr.text, /Reading inputs/);
    assert.match(stderr.text, /Building profiles 6\/6/);
    assert.match(stderr.text, /Writing 6\/6/);
    // The progress line is cleared before the warnings are printed.
    const cleared = stderr.text.lastIndexOf('\r\x1b[2K') + 5;
    assert.match(stderr.text.slice(cleared), /^(occ-data: warning: [^\r]*\n)+$/);
  });

  test('an interrupted build leaves the output directory as it was and exits with 130', async (t) => {
    const out = join(tempDir(t), 'data');
    mkdirSync(out);
    writeFileSync(join(out, 'index.json'), '{}\n');
    const stderr = stream();
    const controller = new AbortController();
    controller.abort();
    assert.equal(await main(buildArgs(out), { stdout: stream(), stderr }, controller.signal), 130);
    assert.match(stderr.text, /interrupted; .*data was left as it was/);
    assert.deepEqual(snapshot(out), { 'index.json': '{}\n' });
  });
});
