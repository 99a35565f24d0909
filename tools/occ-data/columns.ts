import { InputError } from './errors.js';
import { headerText, tableFrom } from './read-table.js';
import type { Cell, Sheet, Table } from './read-table.js';

/**
 * What a column means, told by its header text rather than its position or exact wording:
 * header texts change between projections cycles ("Employment 2018", "Employment, 2019").
 */
export interface ColumnSpec {
  /** for messages, e.g. "base-year employment" */
  meaning: string;
  /** a header that means this, e.g. "Employment 2018" */
  example: string;
  /** tested against the normalized header (see `normalizeHeader`) */
  header: RegExp;
  /**
   * when several headers match, the column
   * whose values match `pattern` wins (the OES file has two `OCC_CODE` columns; only one holds
   * SOC codes)
   */
  values?: { pattern: RegExp; example: string };
  /**
   * when several headers match, the one naming the
   * earliest or latest year wins (base-year vs projected employment)
   */
  year?: 'earliest' | 'latest';
  /** a missing optional column leaves its fields empty */
  optional?: boolean;
}

/** A title row or two may sit above the header row, as in BLS's own workbooks. */
const HEADER_SEARCH_ROWS = 30;

/** Rows sampled to tell apart columns with the same header by their values. */
const VALUE_SAMPLE_ROWS = 50;

/**
 * Lower case, single spaces, footnote markers such as "(1)" or "[1]" and duplicate suffixes such
 * as "(2)" removed: "Median annual wage, dollars, 2024[1]" → "median annual wage, dollars, 2024".
 */
export function normalizeHeader(header: string): string {
  return header
    .toLowerCase()
    .replace(/\(\d+\)|\[\d+\]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * @returns the first four-digit year in the header
 */
export function headerYear(header: string): number | undefined {
  const match = /\b(1[89]\d\d|2[01]\d\d)\b/.exec(header);
  return match ? Number(match[1]) : undefined;
}

/** A candidate header: the row it ends on and its text per column (two rows joined, for some). */
interface HeaderCandidate {
  sheet: Sheet;
  index: number;
  headers: string[];
  missing: ColumnSpec[];
}

/**
 * Finds the header row and which header each column is. The header row is searched in the first
 * rows of every sheet; of the rows that have every required column, the one with the most
 * optional columns wins. BLS's occupation.xlsx holds several tables, and in the 2018-28 workbook
 * table 1.2 has the required projections columns too, but only table 1.7 has education and
 * wages. Older workbooks (2014-24, 2016-26) split a header over two rows ("Employment" above
 * "2014" and "2024"): each row is also tried joined to the row above it.
 */
export function locateColumns<Key extends string>(
  file: string,
  sheets: Sheet[],
  specs: Record<Key, ColumnSpec>,
): { table: Table; columns: Record<Key, string | undefined> } {
  let best: HeaderCandidate | undefined;
  for (const sheet of sheets) best = better(best, bestHeader(sheet, specs));
  return resolveColumns(file, best, specs, sheets.length > 1);
}

/**
 * `locateColumns` over sheets read one at a time: it stops at the first sheet that has every
 * column, required and optional, so the rest of a large workbook is never read.
 */
export async function locateColumnsLazily<Key extends string>(
  file: string,
  sheets: AsyncIterable<Sheet>,
  specs: Record<Key, ColumnSpec>,
): Promise<{ table: Table; columns: Record<Key, string | undefined> }> {
  let best: HeaderCandidate | undefined;
  let count = 0;
  for await (const sheet of sheets) {
    count += 1;
    best = better(best, bestHeader(sheet, specs));
    if (best?.missing.length === 0) break;
  }
  return resolveColumns(file, best, specs, count > 1);
}

function better(a: HeaderCandidate | undefined, b: HeaderCandidate | undefined) {
  if (!a) return b;
  return b && rank(b.missing) < rank(a.missing) ? b : a;
}

function bestHeader(sheet: Sheet, specs: Record<string, ColumnSpec>): HeaderCandidate | undefined {
  const specList = Object.values(specs);
  let best: HeaderCandidate | undefined;
  const searched = Math.min(sheet.rows.length, HEADER_SEARCH_ROWS);
  for (let index = 0; index < searched; index += 1) {
    const single = sheet.rows[index].map(headerText);
    const candidates = [single];
    // A title row (one filled cell) above the header is not half of it.
    const upper = sheet.rows[index - 1] ?? [];
    if (upper.filter((cell) => headerText(cell)).length > 1) {
      candidates.push(joinHeaderRows(upper, sheet.rows[index]));
    }
    for (const headers of candidates) {
      const normalized = headers.map(normalizeHeader);
      const missing = specList.filter(
        (spec) => !normalized.some((header) => spec.header.test(header)),
      );
      best = better(best, { sheet, index, headers, missing });
    }
  }
  return best;
}

/**
 * A header of two rows as one: a cell of the upper row heads the cells below it up to the next
 * upper cell (a merged cell keeps its text in its first column only), so "Employment" over
 * "2014" and "2024" gives "Employment 2014" and "Employment 2024". An upper cell with nothing
 * below it stands alone ("Median annual wage, 2015(1)").
 */
function joinHeaderRows(upper: Cell[], lower: Cell[]): string[] {
  const joined: string[] = [];
  let above = '';
  const width = Math.max(upper.length, lower.length);
  for (let column = 0; column < width; column += 1) {
    const top = headerText(upper[column] ?? null);
    const bottom = headerText(lower[column] ?? null);
    if (top) above = top;
    else if (!bottom) above = '';
    joined.push([top || (bottom ? above : ''), bottom].filter(Boolean).join(' '));
  }
  return joined;
}

function resolveColumns<Key extends string>(
  file: string,
  best: HeaderCandidate | undefined,
  specs: Record<Key, ColumnSpec>,
  severalSheets: boolean,
): { table: Table; columns: Record<Key, string | undefined> } {
  if (!best) throw new InputError('the file is empty', { file });
  const missingRequired = best.missing.filter((spec) => !spec.optional);
  if (missingRequired.length) {
    const wanted = missingRequired.map((spec) => `${spec.meaning} (e.g. "${spec.example}")`);
    const where = severalSheets ? ` (closest match: sheet "${best.sheet.name}")` : '';
    throw new InputError(
      `missing column${wanted.length > 1 ? 's' : ''}: ${wanted.join('; ')}${where}`,
      { file, row: best.index + 1 },
    );
  }
  const table = tableFrom(file, best.sheet, best.index, best.headers);
  const columns = {} as Record<Key, string | undefined>;
  for (const [key, spec] of Object.entries(specs) as [Key, ColumnSpec][]) {
    columns[key] = resolveColumn(table, spec);
  }
  return { table, columns };
}

/**
 * Orders candidate header rows: fewer missing required columns first, then fewer missing
 * optional ones.
 */
function rank(missing: ColumnSpec[]): number {
  const required = missing.filter((spec) => !spec.optional).length;
  return required * 1000 + missing.length;
}

function resolveColumn(table: Table, spec: ColumnSpec): string | undefined {
  let candidates = table.headers.filter((header) => spec.header.test(normalizeHeader(header)));
  const { values, year } = spec;
  const location = { file: table.file, row: table.headerRow };
  const names = () => candidates.map((header) => `"${header}"`).join(' and ');
  if (candidates.length > 1 && values) {
    const sample = table.records.slice(0, VALUE_SAMPLE_ROWS);
    const byValues = candidates.filter((header) => {
      const filled = sample.map((record) => headerText(record.values[header])).filter(Boolean);
      const matching = filled.filter((text) => values.pattern.test(text));
      return filled.length > 0 && matching.length >= filled.length * 0.9;
    });
    if (byValues.length === 0) {
      throw new InputError(
        `columns ${names()} are headed like ${spec.meaning}, but none holds values like "${values.example}"`,
        location,
      );
    }
    candidates = byValues;
  }
  if (candidates.length > 1 && year) {
    const years = candidates.map(headerYear);
    const known = years.filter((value) => value !== undefined);
    if (known.length === candidates.length) {
      const wanted = year === 'earliest' ? Math.min(...known) : Math.max(...known);
      candidates = candidates.filter((_, index) => years[index] === wanted);
    }
  }
  if (candidates.length > 1) {
    throw new InputError(`columns ${names()} all look like ${spec.meaning}`, location);
  }
  return candidates[0];
}
