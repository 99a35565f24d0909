import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { parse } from 'csv-parse/sync';
import readXlsxFile from 'read-excel-file/node';
import { InputError } from './errors.js';

export type Cell = string | number | boolean | null;

/**
 * One sheet of a workbook, or the whole of a CSV file, as it is: title rows, header row, data
 * rows and footnotes alike. `rows[i]` is spreadsheet row `i + 1`.
 */
export type Sheet = { name: string; rows: Cell[][] };

/**
 * A data row as header → value. `row` is its spreadsheet row number (header row = 1 when the
 * header is the first row), for error messages.
 */
export type TableRecord = { row: number; values: Record<string, Cell> };

/**
 * The rows below a header row. `headers` are unique: a repeated header gets a suffix, so the
 * OES file's two `OCC_CODE` columns become `OCC_CODE` and `OCC_CODE (2)`.
 */
export type Table = {
  file: string;
  sheet: string;
  headerRow: number;
  headers: string[];
  records: TableRecord[];
};

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];
const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0];

/**
 * Reads an .xlsx workbook (every sheet) or a CSV file (one sheet). The format is told by the
 * file's first bytes, not its name, so a CSV saved as `.txt` works too.
 */
export async function readSheets(file: string): Promise<Sheet[]> {
  let bytes;
  try {
    bytes = await readFile(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason = code === 'ENOENT' ? 'no such file' : (error as Error).message;
    throw new InputError(`cannot read the file (${reason})`, { file });
  }
  if (startsWith(bytes, ZIP_MAGIC)) return readXlsx(file, bytes);
  if (startsWith(bytes, OLE_MAGIC)) {
    throw new InputError('this is an old-style .xls workbook; save it as .xlsx or CSV', { file });
  }
  return [{ name: basename(file), rows: readCsv(file, bytes) }];
}

async function readXlsx(file: string, bytes: Buffer): Promise<Sheet[]> {
  try {
    const sheets = await readXlsxFile(bytes);
    return sheets.map(({ sheet, data }) => ({ name: sheet, rows: data as Cell[][] }));
  } catch (error) {
    const reason = (error as Error).message;
    throw new InputError(`cannot read it as an .xlsx workbook (${reason})`, { file });
  }
}

function readCsv(file: string, bytes: Buffer): Cell[][] {
  try {
    // Rows may have fewer cells than the header (the OES file omits empty trailing cells).
    return parse(decode(bytes), { bom: true, relax_column_count: true, skip_empty_lines: true });
  } catch (error) {
    const reason = (error as Error).message;
    throw new InputError(`cannot read it as CSV (${reason})`, { file });
  }
}

/**
 * Windows-1252 characters for bytes 0x80-0x9F, where it differs from Latin-1 (Node's
 * TextDecoder decodes "windows-1252" as Latin-1). The undefined bytes stay as they are.
 */
const WINDOWS_1252_C1 =
  '\u20ac\x81\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\x8d\u017d\x8f' +
  '\x90\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\x9d\u017e\u0178';

/**
 * BLS CSV exports are UTF-8, but a copy re-saved by Excel on Windows is Windows-1252, where the
 * "not available" dash is the single byte 0x97.
 */
function decode(bytes: Buffer): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return bytes
      .toString('latin1')
      .replace(/[\x80-\x9f]/g, (char) => WINDOWS_1252_C1[char.charCodeAt(0) - 0x80]);
  }
}

function startsWith(bytes: Buffer, magic: number[]) {
  return magic.every((byte, index) => bytes[index] === byte);
}

/**
 * Header text as a person reads it: line breaks inside a header cell become spaces.
 */
export function headerText(cell: Cell): string {
  return cell === null ? '' : String(cell).replace(/\s+/g, ' ').trim();
}

/**
 * The rows below `headerIndex` as records keyed by unique header names. Empty rows are dropped.
 * @param headerIndex index of the header row in `sheet.rows`
 */
export function tableFrom(file: string, sheet: Sheet, headerIndex: number): Table {
  const headers = uniqueHeaders(sheet.rows[headerIndex].map(headerText));
  const records: TableRecord[] = [];
  for (let index = headerIndex + 1; index < sheet.rows.length; index += 1) {
    const cells = sheet.rows[index];
    if (cells.every((cell) => headerText(cell) === '')) continue;
    const values: Record<string, Cell> = {};
    headers.forEach((header, column) => {
      values[header] = cells[column] ?? null;
    });
    records.push({ row: index + 1, values });
  }
  return { file, sheet: sheet.name, headerRow: headerIndex + 1, headers, records };
}

function uniqueHeaders(headers: string[]): string[] {
  const seen: Map<string, number> = new Map();
  return headers.map((header, column) => {
    const name = header || `column ${column + 1}`;
    const count = (seen.get(name) ?? 0) + 1;
    seen.set(name, count);
    return count === 1 ? name : `${name} (${count})`;
  });
}
