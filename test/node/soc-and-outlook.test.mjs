// @ts-check
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import {
  OUTLOOK_THRESHOLDS,
  outlookPhrase,
  readOutlookThresholds,
} from '../../dist/tools/occ-data/outlook-phrase.js';
import { comparisonGroup } from '../../dist/tools/occ-data/soc.js';
import { fixtureThresholds, tempDir } from './helpers.mjs';

describe('comparison group', () => {
  const groups = new Set([
    '00-0000',
    '29-0000',
    '29-2000',
    '29-2070',
    '15-0000',
    '15-1100',
    '39-0000',
    '45-0000',
  ]);

  test('is the minor group, found from the SOC code alone', () => {
    assert.equal(comparisonGroup('29-2071', groups), '29-2000');
    assert.equal(comparisonGroup('15-1143', groups), '15-1100');
  });

  test('falls back to the major group when no minor group row exists', () => {
    assert.equal(comparisonGroup('39-7010', groups), '39-0000');
    // 45-3000 is a detailed occupation whose code looks like a minor group.
    assert.equal(comparisonGroup('45-3000', groups), '45-0000');
    assert.equal(comparisonGroup('53-3032', groups), undefined);
  });
});

describe('outlook phrase', () => {
  const table = OUTLOOK_THRESHOLDS['2018-28'];

  test('the 2018-28 default gives "Much faster than average" for 29-2071 (11%)', () => {
    assert.equal(outlookPhrase(11, table), 'Much faster than average');
    assert.match(table.source, /Occupational Outlook Handbook, 2019-20/);
  });

  test('the 2018-28 bands, at every boundary', () => {
    const phrases = [-3, -2, -1, 0, 1, 2, 3, 4, 6, 7, 9, 10].map((percent) =>
      outlookPhrase(percent, table),
    );
    assert.deepEqual(phrases, [
      'Decline',
      'Decline',
      'Little or no change',
      'Little or no change',
      'Little or no change',
      'Slower than average',
      'Slower than average',
      'As fast as average',
      'As fast as average',
      'Faster than average',
      'Faster than average',
      'Much faster than average',
    ]);
  });

  test('a thresholds file replaces the table', async () => {
    const custom = await readOutlookThresholds(fixtureThresholds);
    assert.equal(outlookPhrase(8, custom), 'Much faster than average');
    assert.equal(outlookPhrase(7, custom), 'Faster than average');
  });

  test('a malformed thresholds file is refused with the reason', async (t) => {
    const dir = tempDir(t);
    /** @param {unknown} value */
    const write = (value) => {
      const file = join(dir, 'thresholds.json');
      writeFileSync(file, typeof value === 'string' ? value : JSON.stringify(value));
      return file;
    };
    await assert.rejects(readOutlookThresholds(write('{')), /thresholds\.json: not valid JSON/);
    await assert.rejects(readOutlookThresholds(write({ bands: [] })), /expected \{ "source"/);
    await assert.rejects(
      readOutlookThresholds(write({ source: 's', bands: [{ atLeast: 1, phrase: 'Up' }] })),
      /the last none/,
    );
    await assert.rejects(
      readOutlookThresholds(
        write({
          source: 's',
          bands: [{ atLeast: 1, phrase: 'A' }, { atLeast: 5, phrase: 'B' }, { phrase: 'C' }],
        }),
      ),
      /from the highest "atLeast" down/,
    );
    await assert.rejects(readOutlookThresholds(join(dir, 'none.json')), /none\.json: cannot read/);
  });
});
