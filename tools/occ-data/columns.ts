import { InputError } from './errors.js';
import { headerText, tableFrom } from './read-table.js';
import type { Sheet, Table } from './read-table.js';

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
 * Lower case, single spaces, footnote markers such as "(1)" and duplicate suffixes such as
 * "(2)" removed: "Median annual wage, 2018(1)" → "median annual wage, 2018".
 */
export function normalizeHeader(header: string): string {
  return header
    .toLowerCase()
    .replace(/\(\d+\)/g, '')
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

/**
 * Finds the header row and which header each column is. The header row is searched in the first
 * rows of every sheet; of the rows that have every required column, the one with the most
 * optional columns wins. BLS's occupation.xlsx holds several tables, and table 1.2 has the
 * required projections columns too, but only table 1.7 has education and wages.
 */
export function locateColumns<Key extends string>(
  file: string,
  sheets: Sheet[],
  specs: Record<Key, ColumnSpec>,
): { table: Table; columns: Record<Key, string | undefined> } {
  const entries = Object.entries(specs) as [Key, ColumnSpec][];
  let best: { sheet: Sheet; index: number; missing: ColumnSpec[] } | undefined;
  for (const sheet of sheets) {
    const searched = Math.min(sheet.rows.length, HEADER_SEARCH_ROWS);
    for (let index = 0; index < searched; index += 1) {
      const headers = sheet.rows[index].map((cell) => normalizeHeader(headerText(cell)));
      const missing = entries
        .filter(([, spec]) => !headers.some((header) => spec.header.test(header)))
        .map(([, spec]) => spec);
      if (!best || rank(missing) < rank(best.missing)) best = { sheet, index, missing };
    }
  }
  if (!best) throw new InputError('the file is empty', { file });
  const missingRequired = best.missing.filter((spec) => !spec.optional);
  if (missingRequired.length) {
    const wanted = missingRequired.map((spec) => `${spec.meaning} (e.g. "${spec.example}")`);
    const where = sheets.length > 1 ? ` (closest match: sheet "${best.sheet.name}")` : '';
    throw new InputError(
      `missing column${wanted.length > 1 ? 's' : ''}: ${wanted.join('; ')}${where}`,
      { file, row: best.index + 1 },
    );
  }
  const table = tableFrom(file, best.sheet, best.index);
  const columns = {} as Record<Key, string | undefined>;
  for (const [key, spec] of entries) columns[key] = resolveColumn(table, spec);
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
