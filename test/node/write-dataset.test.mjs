// @ts-check
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import {
  closeSync,
  existsSync,
  mkdirSync,
  openSync,
  readFileSync,
  readdirSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { setTimeout as delay } from 'node:timers/promises';
import { describe, test } from 'node:test';
import { GENERATOR } from '../../dist/tools/occ-data/generator.js';
import { writeDataset } from '../../dist/tools/occ-data/write-dataset.js';
import {
  buildArgs,
  fixtureThresholds,
  occData,
  readJson,
  realProjections,
  realWagesXlsx,
  repoRoot,
  snapshot,
  tempDir,
} from './helpers.mjs';

const handMade = {
  schemaVersion: 1,
  occupation: { title: 'Medical Records and Health Information Technicians', soc: ['29-2071'] },
  source: { publisher: 'U.S. Bureau of Labor Statistics', edition: '2019-20' },
  quickFacts: { medianPay: { annual: 40350, hourly: 19.4, year: 2018 }, outlook: { percent: 11 } },
};

/** @param {string} soc */
const generated = (soc) => ({
  schemaVersion: 1,
  occupation: { title: `Occupation ${soc}`, soc: [soc] },
  source: { generator: GENERATOR },
});

/** A dataset file as writeDataset takes it. @param {string} soc */
const file = (soc) => ({ name: `${soc}.json`, profile: generated(soc) });

describe('writing the dataset', () => {
  test('a rebuild keeps hand-made profiles and other files, and drops stale generated ones', async (t) => {
    const out = join(tempDir(t), 'data');
    mkdirSync(join(out, 'notes'), { recursive: true });
    writeFileSync(join(out, '29-2071.json'), JSON.stringify(handMade, null, 2));
    writeFileSync(join(out, 'README.md'), '# Data\n');
    writeFileSync(join(out, 'notes', 'sources.txt'), 'BLS\n');
    writeFileSync(join(out, '99-9999.json'), JSON.stringify(generated('99-9999')));
    writeFileSync(join(out, 'broken.json'), '{ not json');

    const { code, stdout } = await occData(buildArgs(out));
    assert.equal(code, 0);
    assert.match(stdout, /\(kept 1 hand-made \(29-2071\); kept 3 other file\(s\)\)/);
    assert.deepEqual(readdirSync(out).sort(), [
      '15-1256.json',
      '27-2031.json',
      '29-1248.json',
      '29-2071.json',
      '39-7010.json',
      '45-3031.json',
      'README.md',
      'broken.json',
      'index.json',
      'notes',
    ]);
    // The hand-made profile wins over the generated one, byte for byte, and the index lists it.
    assert.deepEqual(readJson(join(out, '29-2071.json')), handMade);
    const entry = readJson(join(out, 'index.json')).occupations.find(
      (/** @type {{ slug: string }} */ item) => item.slug === '29-2071',
    );
    assert.deepEqual(entry, {
      title: 'Medical Records and Health Information Technicians',
      slug: '29-2071',
      file: '29-2071.json',
      kind: 'occupation',
      soc: ['29-2071'],
      medianPay: { annual: 40350, hourly: 19.4 },
      outlookPercent: 11,
    });
    assert.equal(snapshot(out)['notes/sources.txt'], 'BLS\n');
  });

  test('a rebuild links unchanged profiles and never writes into the previous dataset', async (t) => {
    const out = join(tempDir(t), 'data');
    const args = buildArgs(out);
    assert.equal((await occData(args)).code, 0);
    const inode = (/** @type {string} */ file) => statSync(join(out, file)).ino;
    const unchanged = inode('15-1256.json');
    const oldText = readFileSync(join(out, '29-2071.json'), 'utf8');
    // Someone still reading the previous dataset while it is replaced.
    const reader = openSync(join(out, '29-2071.json'), 'r');
    t.after(() => closeSync(reader));

    // The thresholds add an outlook phrase to every profile, so every file changes.
    assert.equal((await occData([...args, '--outlook-thresholds', fixtureThresholds])).code, 0);
    assert.notEqual(readFileSync(join(out, '29-2071.json'), 'utf8'), oldText);
    assert.equal(readFileSync(reader, 'utf8'), oldText, 'the old file was not written to');
    assert.notEqual(inode('15-1256.json'), unchanged);

    const changedOnce = inode('15-1256.json');
    assert.equal((await occData([...args, '--outlook-thresholds', fixtureThresholds])).code, 0);
    assert.equal(
      inode('15-1256.json'),
      changedOnce,
      'an unchanged profile is linked, not rewritten',
    );
  });

  test('a failure midway leaves the previous dataset untouched and no staging directory', (t) => {
    const parent = tempDir(t);
    const out = join(parent, 'data');
    mkdirSync(out);
    writeFileSync(join(out, '11-1011.json'), JSON.stringify(generated('11-1011')));
    writeFileSync(join(out, 'index.json'), '{"occupations":[]}\n');
    const before = snapshot(out);

    function* profiles() {
      yield file('11-1011');
      yield file('11-1021');
      throw new Error('injected failure after two profiles');
    }
    assert.throws(() => writeDataset(out, profiles(), { edition: 'test' }), /injected failure/);
    assert.deepEqual(snapshot(out), before);
    assert.deepEqual(readdirSync(parent), ['data']);
  });

  test('a failing progress callback (any error while writing) is handled the same way', (t) => {
    const parent = tempDir(t);
    const out = join(parent, 'data');
    const onProgress = (/** @type {number} */ done) => {
      if (done === 3) throw new Error('disk full');
    };
    const profiles = ['11-1011', '11-1021', '11-1031', '11-2011'].map(file);
    assert.throws(() => writeDataset(out, profiles, { edition: 'test', onProgress }), /disk full/);
    assert.equal(existsSync(out), false, 'no half-written dataset where there was none');
    assert.deepEqual(readdirSync(parent), []);
  });

  test('after a run killed between the two renames, the next run puts the old dataset back first', (t) => {
    const parent = tempDir(t);
    const out = join(parent, 'data');
    // What a kill between `rename(out, previous)` and `rename(staging, out)` leaves behind.
    const previous = join(parent, '.data.occ-data-x1y2z3.previous');
    const staging = join(parent, '.data.occ-data-x1y2z3');
    mkdirSync(previous);
    mkdirSync(staging);
    writeFileSync(join(previous, '29-2071.json'), JSON.stringify(handMade));
    writeFileSync(join(previous, 'README.md'), '# Data\n');

    const result = writeDataset(out, [file('11-1011')], { edition: 'test' });
    assert.deepEqual(result, { generated: 1, handMade: ['29-2071'], otherFiles: ['README.md'] });
    assert.deepEqual(readdirSync(parent), ['data']);
    assert.deepEqual(readdirSync(out).sort(), [
      '11-1011.json',
      '29-2071.json',
      'README.md',
      'index.json',
    ]);
  });

  test('a process killed while writing leaves the previous dataset intact', async (t) => {
    const parent = tempDir(t);
    const out = join(parent, 'data');
    const args = [
      'build',
      '--projections',
      realProjections,
      '--wages',
      realWagesXlsx,
      '--out',
      out,
    ];
    assert.equal((await occData(args)).code, 0);
    const before = snapshot(out);

    const child = spawn(process.execPath, [join(repoRoot, 'bin/occ-data.mjs'), ...args], {
      stdio: 'ignore',
    });
    const exited = new Promise((resolve) =>
      child.once('exit', (code, signal) => resolve({ code, signal })),
    );
    let killedWhileWriting = false;
    // Kill it as soon as its staging directory appears, i.e. while it is writing profiles.
    for (let waited = 0; waited < 20_000 && child.exitCode === null; waited += 1) {
      if (readdirSync(parent).some((name) => name.startsWith('.data.occ-data-'))) {
        killedWhileWriting = child.kill('SIGKILL');
        break;
      }
      await delay(1);
    }
    const { signal } = /** @type {{ signal: string | null }} */ (await exited);
    if (!killedWhileWriting || signal !== 'SIGKILL') {
      t.skip('the build finished before it could be killed');
      return;
    }
    assert.deepEqual(snapshot(out), before, 'the dataset is the previous one, complete');
    // The next run cleans up what the killed one left.
    assert.equal((await occData(args)).code, 0);
    assert.deepEqual(readdirSync(parent), ['data']);
    assert.deepEqual(snapshot(out), before);
  });
});
