import { basename } from 'node:path';
import { locateColumns } from './columns.js';
import { InputError } from './errors.js';
import { occupationRecords } from './occupation-records.js';
import { parseMoney } from './parse-values.js';
import { readSheets } from './read-table.js';
import type { Money, Missing } from './parse-values.js';

export type Percentile = 'p10' | 'p25' | 'p50' | 'p75' | 'p90';

export const PERCENTILES: Percentile[] = ['p10', 'p25', 'p50', 'p75', 'p90'];

/**
 * OES/OEWS national estimates. Their headers are field codes that BLS has kept since the 1990s
 * (A_MEDIAN, H_PCT10, ...), in upper or lower case depending on the year.
 * @param field e.g. "median", "pct10"
 */
function wageColumn(
  unit: 'a' | 'h',
  field: string,
  meaning: string,
  optional: boolean,
): import('./columns.js').ColumnSpec {
  const example = `${unit}_${field}`.toUpperCase();
  return { meaning, example, header: new RegExp(`^${unit}_${field}$`), optional };
}

export const WAGE_COLUMNS = {
  code: {
    meaning: 'SOC code',
    example: 'OCC_CODE',
    header: /^occ_code$/,
    values: { pattern: /^\d{2}-\d{4}$/, example: '29-2071' },
  },
  title: { meaning: 'occupation title', example: 'OCC_TITLE', header: /^occ_title$/ },
  annualMedian: wageColumn('a', 'median', 'median annual wage', false),
  hourlyMedian: wageColumn('h', 'median', 'median hourly wage', false),
  annualP10: wageColumn('a', 'pct10', 'annual 10th percentile wage', true),
  annualP25: wageColumn('a', 'pct25', 'annual 25th percentile wage', true),
  annualP75: wageColumn('a', 'pct75', 'annual 75th percentile wage', true),
  annualP90: wageColumn('a', 'pct90', 'annual 90th percentile wage', true),
  hourlyP10: wageColumn('h', 'pct10', 'hourly 10th percentile wage', true),
  hourlyP25: wageColumn('h', 'pct25', 'hourly 25th percentile wage', true),
  hourlyP75: wageColumn('h', 'pct75', 'hourly 75th percentile wage', true),
  hourlyP90: wageColumn('h', 'pct90', 'hourly 90th percentile wage', true),
};

/**
 * OES shows `#` for a wage at or above its top-coding limit. For the May 2018 estimates that
 * limit is $208,000 a year or $100.00 an hour (2,080 work hours a year).
 */
export const DEFAULT_TOP_CODE = 208_000;
const HOURS_PER_YEAR = 2080;

/**
 * One OES row, parsed. A percentile is `undefined` when its column is not in the file.
 */
export interface WageRow {
  row: number;
  code: string;
  title: string;
  annual: Record<Percentile, Money | Missing | undefined>;
  hourly: Record<Percentile, Money | Missing | undefined>;
}

export interface Wages {
  file: string;
  /** reference year (May of that year), from the file name */
  year: number | undefined;
  /** by SOC code */
  rows: Map<string, WageRow>;
}

/**
 * Reads OES national estimates (`national_M2018_dl.xlsx` as published, or a CSV of it).
 * @param options `topCode`: the annual wage `#` stands
 *   for; `year`: the reference year when the file name does not tell it (national_M2018_dl)
 */
export async function readWages(
  file: string,
  { topCode = DEFAULT_TOP_CODE, year }: { topCode?: number; year?: number } = {},
): Promise<Wages> {
  const { table, columns } = locateColumns(file, await readSheets(file), WAGE_COLUMNS);
  const codeColumn = columns.code as string;
  const rows: Map<string, WageRow> = new Map();
  for (const { record, code } of occupationRecords(table, codeColumn)) {
    const money = (column: string | undefined, limit: number) =>
      column === undefined
        ? undefined
        : parseMoney(record.values[column], { file, row: record.row, column }, limit);
    const hourlyTopCode = topCode / HOURS_PER_YEAR;
    const wageRow: WageRow = {
      row: record.row,
      code,
      title: String(record.values[columns.title as string] ?? '').trim(),
      annual: {
        p10: money(columns.annualP10, topCode),
        p25: money(columns.annualP25, topCode),
        p50: money(columns.annualMedian, topCode),
        p75: money(columns.annualP75, topCode),
        p90: money(columns.annualP90, topCode),
      },
      hourly: {
        p10: money(columns.hourlyP10, hourlyTopCode),
        p25: money(columns.hourlyP25, hourlyTopCode),
        p50: money(columns.hourlyMedian, hourlyTopCode),
        p75: money(columns.hourlyP75, hourlyTopCode),
        p90: money(columns.hourlyP90, hourlyTopCode),
      },
    };
    const earlier = rows.get(code);
    if (!earlier) {
      rows.set(code, wageRow);
    } else if (!sameWages(earlier, wageRow)) {
      // OES lists some codes twice, as broad and as detailed group (39-7010), with the same
      // figures; different figures would leave no way to choose.
      throw new InputError(
        `SOC code ${code} appears again with different wages (first in row ${earlier.row})`,
        { file, row: record.row, column: codeColumn },
      );
    }
  }
  return { file, year: year ?? yearFromFileName(file), rows };
}

function sameWages(a: WageRow, b: WageRow) {
  return JSON.stringify([a.annual, a.hourly]) === JSON.stringify([b.annual, b.hourly]);
}

/**
 * BLS names the files after the reference period: national_M2018_dl.xlsx is May 2018.
 */
function yearFromFileName(file: string): number | undefined {
  const match = /M((?:19|20)\d\d)/i.exec(basename(file));
  return match ? Number(match[1]) : undefined;
}
