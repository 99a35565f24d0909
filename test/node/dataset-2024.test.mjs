// @ts-check
// The shipped dataset (data/): the 2024-34 edition built by `npm run data` from BLS's files in
// ../shared. Every page's figures are read here from the page's HTML text (page-text.mjs), not
// with the pipeline's reader, and compared with the profile in data/.
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { before, describe, test } from 'node:test';
import { Validator } from '@cfworker/json-schema';
import {
  dataArgs,
  missingFiles,
  occData,
  oohPages,
  projections2024,
  readJson,
  repoRoot,
  snapshot,
  tempDir,
  wages2024,
  crosswalk,
} from './helpers.mjs';
import { chart, number, projectionRows, quickFacts, wage } from './page-text.mjs';

/** @typedef {Record<string, any>} Json */

const data = join(repoRoot, 'data');
const skip = missingFiles(projections2024, wages2024, crosswalk, oohPages);
const SOC = /^\d{2}-\d{4}\.json$/;

/** @param {string} file */
const built = (file) => readJson(join(data, file));
/** The profiles: every JSON file but the index and the data package's package.json. */
const profileFiles = () =>
  readdirSync(data).filter(
    (name) => name.endsWith('.json') && name !== 'index.json' && name !== 'package.json',
  );
const pages = () => readdirSync(oohPages).filter((name) => name.endsWith('.html'));

describe('the 2024-34 dataset in data/', { skip }, () => {
  test('holds the 342 OOH profiles, a profile per detailed SOC code (832) and their index', () => {
    const files = profileFiles();
    const bySlug = files.filter((name) => !SOC.test(name));
    const bySoc = files.filter((name) => SOC.test(name));
    assert.equal(bySlug.length, 342);
    assert.equal(bySoc.length, 832);
    assert.deepEqual(
      bySlug.map((name) => name.replace('.json', '')).sort(),
      pages()
        .map((name) => name.replace('.html', ''))
        .sort(),
    );
    const index = built('index.json');
    assert.equal(index.edition, '2024-34');
    assert.equal(index.source, 'Employment Projections 2024-34; OEWS May 2024');
    assert.equal(index.occupations.length, 342 + 832);
    for (const entry of index.occupations) {
      const profile = built(entry.file);
      assert.equal(entry.slug, entry.file.replace('.json', ''));
      assert.deepEqual(entry.soc, profile.occupation.soc);
      assert.equal(entry.kind, profile.sections?.length ? 'profile' : 'occupation', entry.file);
      assert.equal(entry.jobs, profile.quickFacts?.jobs?.count, entry.file);
    }
    // A SOC code that is one page is that page's profile; the others link to their page.
    const medical = built('29-2072.json');
    assert.deepEqual(medical, built('medical-records-and-health-information-technicians.json'));
    const equipment = built('45-2091.json');
    assert.deepEqual(equipment.occupation.coveredBy, {
      text: 'Agricultural Workers',
      href: 'https://www.bls.gov/ooh/farming-fishing-and-forestry/agricultural-workers.htm',
      slug: 'agricultural-workers',
    });
    assert.equal(equipment.quickFacts.outlook.phrase, 'Much faster than average');
    assert.equal(equipment.outlook.openingsPerYear, 10500);
    assert.deepEqual(index.soc2010['29-2071'], ['29-2072', '29-9021']);
  });

  test('every profile validates against the schema', () => {
    const schema = readJson(join(repoRoot, 'schema/occupation-profile.schema.json'));
    const validator = new Validator(schema, '2020-12', false);
    for (const file of profileFiles()) {
      const result = validator.validate(built(file));
      assert.ok(result.valid, `${file}: ${JSON.stringify(result.errors.slice(-3))}`);
    }
  });

  test("every page's quick facts, chart values and projections rows are in its profile", () => {
    let compared = 0;
    for (const page of pages()) {
      const html = readFileSync(join(oohPages, page), 'utf8');
      const profile = built(page.replace('.html', '.json'));
      const at = (/** @type {string} */ what) => `${page}: ${what}`;

      const facts = quickFacts(html);
      const fact = (/** @type {RegExp} */ label) =>
        [...facts].find(([name]) => label.test(name))?.[1];
      const qf = profile.quickFacts ?? {};
      const pay = fact(/Median Pay/);
      if (pay && /\$/.test(pay)) {
        assert.deepEqual(qf.medianPay?.annual, wage(pay, 'year'), at('median annual pay'));
        assert.deepEqual(qf.medianPay?.hourly, wage(pay, 'hour'), at('median hourly pay'));
        compared += 2;
      }
      for (const [label, key] of /** @type {const} */ ([
        [/Entry-Level Education/, 'entryLevelEducation'],
        [/Work Experience/, 'workExperience'],
        [/On-the-job Training/, 'onTheJobTraining'],
      ])) {
        const value = fact(label);
        if (value !== undefined) {
          assert.equal(qf[key], value, at(key));
          compared += 1;
        }
      }
      const jobs = fact(/Number of Jobs/);
      if (jobs) {
        assert.equal(qf.jobs?.count, number(jobs), at('jobs'));
        compared += 1;
      }
      const outlook = /^(-?\d+)% \((.+)\)$/.exec(fact(/Job Outlook/) ?? '');
      if (outlook) {
        assert.equal(qf.outlook?.percent, Number(outlook[1]), at('outlook percent'));
        assert.equal(qf.outlook?.phrase, outlook[2], at('outlook phrase'));
        compared += 2;
      }
      const change = fact(/Employment Change/);
      if (change) {
        assert.equal(qf.employmentChange?.count, number(change), at('employment change'));
        compared += 1;
      }

      const payChart = chart(html, 'tab-5');
      if (payChart) {
        const unit = /hourly/i.test(payChart.caption) ? 'hourly' : 'annual';
        for (const bar of payChart.bars) {
          const mine = profile.pay?.medians?.find(
            (/** @type {Json} */ item) => item.label === bar.label,
          );
          const shown = /equal to or greater than/.test(bar.value)
            ? wage(bar.value, unit === 'hourly' ? 'hour' : 'year')
            : number(bar.value);
          assert.deepEqual(mine?.[unit], shown, at(`pay chart bar ${bar.label}`));
          compared += 1;
        }
      }
      const outlookChart = chart(html, 'tab-6');
      if (outlookChart) {
        for (const bar of outlookChart.bars) {
          const mine = profile.outlook?.changes?.find(
            (/** @type {Json} */ item) => item.label === bar.label,
          );
          assert.equal(mine?.percent, number(bar.value), at(`outlook chart bar ${bar.label}`));
          compared += 1;
        }
      }

      const rows = projectionRows(html);
      const projections = profile.outlook?.projections ?? [];
      assert.equal(projections.length, rows.length, at('projections rows'));
      rows.forEach((cells, index) => {
        const row = projections[index];
        const figure = (/** @type {string} */ cell) => (cell === '—' ? undefined : number(cell));
        assert.equal(row.title, cells[0], at(`projections row ${index}`));
        assert.equal(row.soc, cells[1] === '—' ? undefined : cells[1], at(`row ${index} SOC`));
        assert.equal(row.employment, figure(cells[2]), at(`row ${index} employment`));
        assert.equal(row.projectedEmployment, figure(cells[3]), at(`row ${index} projected`));
        assert.equal(row.changePercent, figure(cells[4]), at(`row ${index} percent`));
        assert.equal(row.changeCount, figure(cells[5]), at(`row ${index} numeric`));
        compared += 6;
      });
    }
    assert.ok(compared > 342 * 15, `only ${compared} figures compared`);
  });

  test('multi-SOC pages keep every row: agricultural workers has its five codes and the total', () => {
    const profile = built('agricultural-workers.json');
    assert.deepEqual(
      profile.outlook.projections.map((/** @type {Json} */ row) => row.soc ?? 'total'),
      ['total', '45-2021', '45-2091', '45-2092', '45-2093', '45-2099'],
    );
    assert.deepEqual(profile.occupation.soc, [
      '45-2021',
      '45-2091',
      '45-2092',
      '45-2093',
      '45-2099',
    ]);
    for (const code of profile.occupation.soc) {
      assert.equal(built(`${code}.json`).occupation.coveredBy.slug, 'agricultural-workers');
    }
  });

  test('every link between profiles names a built file', () => {
    const files = new Set(readdirSync(data).map((name) => name.replace(/\.json$/, '')));
    let links = 0;
    /** @param {unknown} value @param {string} file */
    const visit = (value, file) => {
      if (Array.isArray(value)) value.forEach((item) => visit(item, file));
      else if (value && typeof value === 'object') {
        const { slug, href, url } = /** @type {Json} */ (value);
        if (typeof slug === 'string' && (href || url)) {
          assert.ok(files.has(slug), `${file} links to ${slug}, which is not built`);
          links += 1;
        }
        Object.values(value).forEach((item) => visit(item, file));
      }
    };
    for (const file of profileFiles()) {
      const { occupation, ...rest } = built(file);
      visit(rest, file);
      visit(occupation.coveredBy, file);
    }
    assert.ok(links > 2000, `only ${links} links`);
  });
});

describe('npm run data', { skip }, () => {
  /** @type {{ code: number, stdout: string, stderr: string }} */
  let result;
  /** @type {string} */
  let fresh;

  before(async () => {
    fresh = join(tempDir({ after: (cleanUp) => process.once('exit', cleanUp) }), 'data');
    mkdirSync(fresh);
    result = await occData(dataArgs(fresh));
  });

  test('builds all 342 pages and 832 occupations and says what it could not do', () => {
    assert.equal(result.code, 0, result.stderr);
    assert.match(
      result.stdout,
      /wrote 342 OOH profiles, 832 occupations by SOC code \(244 of them the OOH profile\) and index\.json to .*; OOH pages read: 342 of 342, skipped: 0; warnings: \d+; fields left empty: \d+ \(/,
    );
    assert.match(
      result.stderr,
      /warning: \d+ OOH pages got no 25th\/75th percentiles or hourly wages from oews-national-M2024_dl\.xlsx: /,
    );
    assert.doesNotMatch(result.stderr, /mixed vintages/);
  });

  test('the dataset committed in data/ is what `npm run data` builds now', () => {
    const committed = snapshot(data);
    const built = snapshot(fresh);
    for (const [file, text] of Object.entries(built)) {
      assert.ok(
        committed[file] === text,
        `data/${file} is missing or out of date: run npm run data`,
      );
    }
    // The data package's own files (package.json, README.md) and the old editions are kept.
    const kept = /^(editions\/|package\.json$|README\.md$)/;
    const stale = Object.keys(committed).filter((file) => !kept.test(file) && !(file in built));
    assert.deepEqual(stale, [], 'files in data/ that the build no longer makes');
    assert.ok(
      !('generator' in (readJson(join(data, 'editions/2019-20/29-2071.json')).source ?? {})),
      'the 2019-20 edition is kept as it is',
    );
  });
});
