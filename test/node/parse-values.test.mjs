// @ts-check
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import {
  isMissing,
  parseMoney,
  parseNumber,
  parseText,
  parseThousands,
  roundPercent,
} from '../../dist/tools/occ-data/parse-values.js';

const at = { file: '/data/oes-national-M2018_dl.csv', row: 412, column: 'A_MEDIAN' };

describe('parse-values', () => {
  test('reads numbers with thousands separators, float artefacts and spreadsheet numbers', () => {
    assert.equal(parseNumber('1,234.5', at), 1234.5);
    assert.equal(parseNumber('18.899999999999999', at), 18.9);
    assert.equal(parseNumber('-33.8', at), -33.8);
    assert.equal(parseNumber('−1.9', at), -1.9);
    assert.equal(parseNumber(' 40350 ', at), 40350);
    assert.equal(parseNumber(19.4, at), 19.4);
  });

  test('"not available" markers become a Missing that keeps the marker', () => {
    for (const marker of ['—', '*', '**', 'N/A', '', '-']) {
      const value = parseNumber(marker, at);
      assert.ok(isMissing(value), marker);
      assert.deepEqual(value, { missing: marker });
    }
    assert.deepEqual(parseNumber(null, at), { missing: '' });
    assert.deepEqual(parseText('—'), { missing: '—' });
    assert.equal(parseText(" Bachelor's degree "), "Bachelor's degree");
  });

  test('a value that is not a number names the file, row and column', () => {
    assert.throws(() => parseNumber('4O,350', at), {
      name: 'InputError',
      message:
        'oes-national-M2018_dl.csv row 412, column A_MEDIAN: expected a number, got "4O,350"',
    });
    assert.throws(() => parseNumber('12.3.4', at), /expected a number/);
    assert.throws(() => parseNumber(true, at), /expected a number, got "true"/);
  });

  test('employment in thousands becomes a count of jobs', () => {
    assert.equal(parseThousands('215.5', at), 215500);
    assert.equal(parseThousands('161,037.7', at), 161037700);
    assert.equal(parseThousands('-0.7', at), -700);
    assert.equal(parseThousands(18.899999999999999, at), 18900);
    assert.deepEqual(parseThousands('—', at), { missing: '—' });
  });

  test('top-coded wages become { atLeast }', () => {
    assert.deepEqual(parseMoney('#', at, 208000), { atLeast: 208000 });
    assert.deepEqual(parseMoney('#', at, 100), { atLeast: 100 });
    assert.deepEqual(parseMoney('>=$208,000', at), { atLeast: 208000 });
    assert.deepEqual(parseMoney('≥ $208,000', at), { atLeast: 208000 });
    assert.equal(parseMoney('19.399999999999999', at, 100), 19.4);
    assert.equal(parseMoney('$40,350', at, 208000), 40350);
    assert.deepEqual(parseMoney('*', at, 208000), { missing: '*' });
    // Without a known top-coding limit, "#" is a wage left empty (the build counts and warns),
    // never another year's limit.
    assert.deepEqual(parseMoney('#', at), { missing: '#' });
    assert.throws(() => parseMoney('>=lots', at), /expected a number/);
  });

  test('percents round as BLS shows them', () => {
    assert.equal(roundPercent(10.7), 11);
    assert.equal(roundPercent(10.3), 10);
    assert.equal(roundPercent(5.2), 5);
    assert.equal(roundPercent(2.5), 3);
    assert.equal(roundPercent(-12.5), -13);
    assert.equal(roundPercent(-0.4), 0);
    assert.ok(Object.is(roundPercent(-0.4), 0), 'no -0');
  });
});
