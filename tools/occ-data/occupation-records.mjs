// @ts-check
import { InputError } from './errors.mjs';
import { headerText } from './read-table.mjs';
import { SOC_CODE } from './soc.mjs';

/** @typedef {import('./read-table.mjs').Table} Table */
/** @typedef {import('./read-table.mjs').TableRecord} TableRecord */

/**
 * The rows of a table that describe an occupation or group, with their SOC code. Footnote rows
 * ("Footnotes:", "(1) Data are from ...", "Source: ...") have text in one cell only and are
 * skipped; any other row must carry a SOC code.
 * @param {Table} table
 * @param {string} codeColumn
 * @returns {Generator<{ record: TableRecord, code: string }>}
 */
export function* occupationRecords(table, codeColumn) {
  for (const record of table.records) {
    if (filledCells(record) <= 1) continue;
    const code = headerText(record.values[codeColumn]);
    if (!SOC_CODE.test(code)) {
      throw new InputError(`expected a SOC code such as 29-2071, got ${JSON.stringify(code)}`, {
        file: table.file,
        row: record.row,
        column: codeColumn,
      });
    }
    yield { record, code };
  }
}

/**
 * @param {TableRecord} record
 * @returns {number}
 */
function filledCells(record) {
  let filled = 0;
  for (const cell of Object.values(record.values)) {
    if (cell !== null && String(cell).trim() !== '') filled += 1;
  }
  return filled;
}
