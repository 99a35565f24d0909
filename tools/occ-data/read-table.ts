import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { parse } from 'csv-parse/sync';
import readXlsxFile, { SheetNotFoundError, readSheet } from 'read-excel-file/node';
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
  /** the text of a one-cell row above the header, where BLS puts the table's title */
  caption?: string;
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
  const sheets: Sheet[] = [];
  for await (const sheet of eachSheet(file, true)) sheets.push(sheet);
  return sheets;
}

/**
 * The sheets one by one, each read only when asked for: a workbook of a dozen tables is read up
 * to the one a caller wants (reading every sheet of BLS's occupation.xlsx takes seconds).
 * @param all read every sheet in one go instead (faster for a workbook read whole)
 */
export async function* eachSheet(file: string, all = false): AsyncGenerator<Sheet> {
  let bytes;
  try {
    bytes = await readFile(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason = code === 'ENOENT' ? 'no such file' : (error as Error).message;
    throw new InputError(`cannot read the file (${reason})`, { file });
  }
  if (startsWith(bytes, OLE_MAGIC)) {
    throw new InputError('this is an old-style .xls workbook; save it as .xlsx or CSV', { file });
  }
  if (!startsWith(bytes, ZIP_MAGIC)) {
    yield { name: basename(file), rows: readCsv(file, bytes) };
    return;
  }
  const entries = zipEntryNames(bytes);
  if (!entries.some((name) => /\.(xml|xlsx|csv)$/i.test(name))) {
    throw new InputError('cannot read it as an .xlsx workbook (the file is damaged or cut short)', {
      file,
    });
  }
  if (!entries.includes('xl/workbook.xml')) {
    // BLS offers the OEWS tables as a .zip download (oesm24nat.zip) holding the workbook.
    const inside = entries
      .filter((name) => /\.(xlsx|csv)$/i.test(name))
      .map((name) => basename(name));
    const wanted = inside.length ? inside.join(', ') : 'the .xlsx workbook';
    throw new InputError(
      `this is a .zip archive, not an .xlsx workbook; extract ${wanted} from it and pass that file`,
      { file },
    );
  }
  if (all) {
    // Every sheet at once, with the sheets' names.
    try {
      const sheets = await readXlsxFile(bytes);
      for (const { sheet, data } of sheets) yield { name: sheet, rows: data as Cell[][] };
    } catch (error) {
      const reason = (error as Error).message;
      throw new InputError(`cannot read it as an .xlsx workbook (${reason})`, { file });
    }
    return;
  }
  for (let index = 1; ; index += 1) {
    let rows: Cell[][];
    try {
      rows = (await readSheet(bytes, index)) as Cell[][];
    } catch (error) {
      if (error instanceof SheetNotFoundError && index > 1) return;
      const reason = (error as Error).message;
      throw new InputError(`cannot read it as an .xlsx workbook (${reason})`, { file });
    }
    yield { name: sheetName(rows, index), rows };
  }
}

/**
 * A sheet read by position has no name: BLS's sheets start with their title ("Table 1.2
 * Occupational projections, ..."), which names it well enough for messages.
 */
function sheetName(rows: Cell[][], index: number): string {
  const title = headerText(rows[0]?.find((cell) => headerText(cell)) ?? null);
  return title && title.length <= 120 ? title : `sheet ${index}`;
}

/**
 * The names of the files in a zip archive, from its central directory (the end of the file
 * says where it is); empty when the archive is damaged or cut short.
 */
function zipEntryNames(bytes: Buffer): string[] {
  const end = bytes.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  if (end < 0 || end + 22 > bytes.length) return [];
  const count = bytes.readUInt16LE(end + 10);
  const names: string[] = [];
  let at = bytes.readUInt32LE(end + 16);
  for (let entry = 0; entry < count && at + 46 <= bytes.length; entry += 1) {
    if (bytes.readUInt32LE(at) !== 0x02014b50) return [];
    const nameLength = bytes.readUInt16LE(at + 28);
    names.push(bytes.toString('utf8', at + 46, at + 46 + nameLength));
    at += 46 + nameLength + bytes.readUInt16LE(at + 30) + bytes.readUInt16LE(at + 32);
  }
  return names;
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
 * @param headerIndex index of the (last) header row in `sheet.rows`
 * @param headerTexts the headers, when they are not that row's text (a header of two rows)
 */
export function tableFrom(
  file: string,
  sheet: Sheet,
  headerIndex: number,
  headerTexts: string[] = sheet.rows[headerIndex].map(headerText),
): Table {
  const headers = uniqueHeaders(headerTexts);
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
  const caption = sheet.rows
    .slice(0, headerIndex)
    .map((cells) => cells.map(headerText).filter(Boolean))
    .find((texts) => texts.length === 1)?.[0];
  return { file, sheet: sheet.name, headerRow: headerIndex + 1, caption, headers, records };
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
