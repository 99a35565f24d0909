/**
 * A valid document whose every list has 10,000 rows (medians, industries, changes, projections,
 * employers, similar occupations, sections, blocks, contacts, SOC codes): every element renders it
 * without an error and without overflowing itself. Times are logged for docs/reliability.md.
 */
import { extremeSuite } from './extreme-suite.js';
import { EXTREMES } from './inputs.js';

describe('hostile input: 10,000-row lists', function () {
  this.timeout(100000);
  extremeSuite(
    EXTREMES.filter((input) => input.slow),
    [320],
    90000,
  );
});
