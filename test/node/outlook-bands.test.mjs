// @ts-check
// The outlook bands shipped for 2024-34 against every page of that edition: each page's percent
// and phrase, read from its HTML text, agree with the bands, and the bands are the tightest the
// pages allow (each phrase's lowest percent), with no two phrases overlapping.
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { OUTLOOK_THRESHOLDS, outlookPhrase } from '../../dist/tools/occ-data/outlook-phrase.js';
import { missingFiles, oohPages } from './helpers.mjs';
import { quickFacts } from './page-text.mjs';

describe('the 2024-34 outlook bands', { skip: missingFiles(oohPages) }, () => {
  const bands = OUTLOOK_THRESHOLDS['2024-34'];
  /** @type {{ page: string, percent: number, phrase: string }[]} */
  const pairs = [];
  for (const page of readdirSync(oohPages).filter((name) => name.endsWith('.html'))) {
    const facts = quickFacts(readFileSync(join(oohPages, page), 'utf8'));
    const outlook = [...facts].find(([label]) => /^Job Outlook/.test(label))?.[1];
    const match = /^(-?\d+)% \((.+)\)$/.exec(outlook ?? '');
    if (match) pairs.push({ page, percent: Number(match[1]), phrase: match[2] });
  }

  test('every page with an outlook agrees with them', () => {
    // Military Careers has no Quick Facts; every other page states its outlook.
    assert.equal(pairs.length, 341);
    for (const { page, percent, phrase } of pairs) {
      assert.equal(outlookPhrase(percent, bands), phrase, `${page}: ${percent}%`);
    }
  });

  test("each band starts at its phrase's lowest percent on the pages, and no phrases overlap", () => {
    /** @type {Map<string, number[]>} */
    const byPhrase = new Map();
    for (const { percent, phrase } of pairs) {
      byPhrase.set(phrase, [...(byPhrase.get(phrase) ?? []), percent]);
    }
    assert.deepEqual(
      [...byPhrase.keys()].sort(),
      bands.bands.map((band) => band.phrase).sort(),
      'one band per phrase the pages use',
    );
    const ranges = bands.bands.map((band) => {
      const percents = byPhrase.get(band.phrase) ?? [];
      return { band, min: Math.min(...percents), max: Math.max(...percents) };
    });
    for (const [index, { band, min, max }] of ranges.entries()) {
      if (band.atLeast !== undefined) assert.equal(band.atLeast, min, band.phrase);
      const below = ranges[index + 1];
      if (below) assert.ok(below.max < min, `${below.band.phrase} overlaps ${band.phrase}`);
      assert.ok(max >= min);
    }
  });

  test('no other cycle borrows them', () => {
    assert.deepEqual(Object.keys(OUTLOOK_THRESHOLDS).sort(), ['2018-28', '2024-34']);
  });
});
