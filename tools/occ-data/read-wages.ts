import { basename } from 'node:path';
import { locateColumns } from './columns.js';
import { InputError } from './errors.js';
import { occupationRecords } from './occupation-records.js';
import { TOP_CODED_MARK, isMissing, parseMoney } from './parse-values.js';
import { readSheets } from './read-table.js';
import type { Sheet } from './read-table.js';
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
 * OES shows `#` for a wage at or above its top-coding limit, which changes from year to year
 * ($208,000 a year in May 2018, $239,200 in May 2024). The limit is read from the file's own
 * notes (the Field Descriptions sheet: "# = indicates a wage equal to or greater than $115.00
 * per hour or $239,200 per year"); `--top-code` gives it for a file without notes (a CSV). With
 * neither, a top-coded wage is left empty and the build warns: never another year's limit.
 */
const TOP_CODE_NOTE =
  /#\s*=?\s*indicates a wage equal to or greater than \$([\d,]+(?:\.\d+)?) per hour or \$([\d,]+(?:\.\d+)?) per year/i;
const HOURS_PER_YEAR = 2080;

/** The title of the Field Descriptions sheet, e.g. "May 2024 OEWS Estimates". */
const ESTIMATES_NOTE = /^May ((?:19|20)\d\d) OE(?:W)?S Estimates/i;

export interface TopCode {
  annual: number;
  hourly: number;
  /** where the limit comes from, for messages: the file's notes or --top-code */
  from: string;
}

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
  /** reference year (May of that year), from the file's notes or its name */
  year: number | undefined;
  /** what `#` stands for, if known */
  topCode: TopCode | undefined;
  /** how many wages were `#` and left empty because the limit is not known */
  unknownTopCoded: number;
  /** by SOC code */
  rows: Map<string, WageRow>;
}

/**
 * Reads OES/OEWS national estimates (`national_M2024_dl.xlsx` as published, or a CSV of it).
 * @param options `topCode`: the annual wage `#` stands for, overriding the file's notes;
 *   `year`: the reference year when neither the notes nor the file name tell it
 */
export async function readWages(
  file: string,
  options: { topCode?: number; year?: number } = {},
): Promise<Wages> {
  const sheets = await readSheets(file);
  const { table, columns } = locateColumns(file, sheets, WAGE_COLUMNS);
  const notes = readNotes(sheets);
  const topCode: TopCode | undefined =
    options.topCode !== undefined
      ? { annual: options.topCode, hourly: options.topCode / HOURS_PER_YEAR, from: '--top-code' }
      : notes.topCode;
  let unknownTopCoded = 0;
  const codeColumn = columns.code as string;
  const rows: Map<string, WageRow> = new Map();
  for (const { record, code } of occupationRecords(table, codeColumn)) {
    const money = (column: string | undefined, limit: number | undefined) => {
      if (column === undefined) return undefined;
      const value = parseMoney(record.values[column], { file, row: record.row, column }, limit);
      if (isMissing(value) && value.missing === TOP_CODED_MARK) unknownTopCoded += 1;
      return value;
    };
    const annualTopCode = topCode?.annual;
    const hourlyTopCode = topCode?.hourly;
    const wageRow: WageRow = {
      row: record.row,
      code,
      title: String(record.values[columns.title as string] ?? '').trim(),
      annual: {
        p10: money(columns.annualP10, annualTopCode),
        p25: money(columns.annualP25, annualTopCode),
        p50: money(columns.annualMedian, annualTopCode),
        p75: money(columns.annualP75, annualTopCode),
        p90: money(columns.annualP90, annualTopCode),
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
  const year = options.year ?? notes.year ?? yearFromFileName(file);
  return { file, year, topCode, unknownTopCoded, rows };
}

/** What the workbook's notes say (OEWS's Field Descriptions sheet): the year and the top code. */
function readNotes(sheets: Sheet[]): { year?: number; topCode?: TopCode } {
  const notes: { year?: number; topCode?: TopCode } = {};
  for (const sheet of sheets) {
    for (const cells of sheet.rows) {
      for (const cell of cells) {
        if (typeof cell !== 'string') continue;
        const text = cell.replace(/\s+/g, ' ').trim();
        const estimates = ESTIMATES_NOTE.exec(text);
        if (estimates && notes.year === undefined) notes.year = Number(estimates[1]);
        const topCode = TOP_CODE_NOTE.exec(text);
        if (topCode && !notes.topCode) {
          notes.topCode = {
            hourly: Number(topCode[1].replace(/,/g, '')),
            annual: Number(topCode[2].replace(/,/g, '')),
            from: `the notes in sheet "${sheet.name}"`,
          };
        }
      }
    }
  }
  return notes;
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
