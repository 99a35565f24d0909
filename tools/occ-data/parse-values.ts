import { InputError } from './errors.js';
import type { Cell } from './read-table.js';
import type { Location } from './errors.js';

/** A wage: dollars, or a top-coded wage that BLS publishes only as "this much or more". */
export type Money = number | { atLeast: number };

/**
 * A cell that held one of BLS's "not available" markers. The marker is kept so that the build
 * summary can say why a field was left empty.
 */
export type Missing = { missing: string };

/**
 * Markers that mean "no value": `—` in the projections tables, `*` (wage) and `**` (employment)
 * in OES files, `N/A` in other BLS exports, and an empty cell.
 */
const NOT_AVAILABLE = new Set(['', '—', '–', '-', '*', '**', 'n/a', 'na']);

/** OES marks a wage at or above its top-coding limit with `#`. */
export const TOP_CODED_MARK = '#';

/** The projections tables write a top-coded wage as `>=$208,000`. */
const AT_LEAST = /^(?:>=|≥)\s*(.+)$/;

/** Thousands separators, an optional `$` or `%`, and a Unicode minus sign are all accepted. */
const NUMBER = /^[-+−]?\$?(?:\d{1,3}(?:,\d{3})+|\d+)?(?:\.\d+)?%?$/;
export function isMissing(value: unknown): value is Missing {
  return typeof value === 'object' && value !== null && 'missing' in value;
}

function cellText(cell: Cell): string {
  return cell === null ? '' : String(cell).trim();
}

function notAvailable(cell: Cell): Missing | undefined {
  const text = cellText(cell);
  return NOT_AVAILABLE.has(text.toLowerCase()) ? { missing: text } : undefined;
}

/**
 * Reads a plain number. Spreadsheet cells arrive as numbers; CSV cells as text such as
 * `1,234.5` or `18.899999999999999` (a float artefact, which parses to 18.9).
 */
export function parseNumber(cell: Cell, location: Location): number | Missing {
  if (typeof cell === 'number' && Number.isFinite(cell)) return cell;
  const missing = notAvailable(cell);
  if (missing) return missing;
  const text = cellText(cell);
  if (!NUMBER.test(text) || !/\d/.test(text)) {
    throw new InputError(`expected a number, got ${JSON.stringify(text)}`, location);
  }
  return Number(text.replace(/[$,%]/g, '').replace('−', '-'));
}

/**
 * Reads employment given in thousands (215.5) as a number of jobs (215500).
 */
export function parseThousands(cell: Cell, location: Location): number | Missing {
  const value = parseNumber(cell, location);
  return isMissing(value) ? value : Math.round(value * 1000);
}

/**
 * Reads a wage: `#` (OES) becomes `{ atLeast: topCode }`, `>=$208,000` (projections) becomes
 * `{ atLeast: 208000 }`, and anything else a number rounded to cents.
 * @param topCode the top-coding limit that `#` stands for, in the unit of the column;
 *   without it `#` reads as missing
 */
export function parseMoney(cell: Cell, location: Location, topCode?: number): Money | Missing {
  const text = cellText(cell);
  if (text === TOP_CODED_MARK) {
    // Without the limit, a top-coded wage is unknown, not an error: the caller counts and warns.
    return topCode === undefined ? { missing: TOP_CODED_MARK } : { atLeast: topCode };
  }
  const atLeast = AT_LEAST.exec(text);
  if (atLeast) {
    const bound = parseNumber(atLeast[1], location);
    if (isMissing(bound)) {
      throw new InputError(`expected a number after ">=", got ${JSON.stringify(text)}`, location);
    }
    return { atLeast: roundCents(bound) };
  }
  const value = parseNumber(cell, location);
  return isMissing(value) ? value : roundCents(value);
}

/**
 * Reads a text cell such as the typical entry-level education.
 */
export function parseText(cell: Cell): string | Missing {
  return notAvailable(cell) ?? cellText(cell);
}

/**
 * Rounds a percent to a whole number as BLS shows it: halves away from zero (10.7 → 11,
 * 2.5 → 3, -0.5 → -1), and never `-0`.
 */
export function roundPercent(percent: number): number {
  const rounded = Math.sign(percent) * Math.round(Math.abs(percent));
  return rounded === 0 ? 0 : rounded;
}

function roundCents(dollars: number): number {
  return Math.round(dollars * 100) / 100;
}
