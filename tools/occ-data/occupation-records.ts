import { InputError } from './errors.js';
import { headerText } from './read-table.js';
import { SOC_CODE } from './soc.js';
import type { Table, TableRecord } from './read-table.js';

/**
 * The rows of a table that describe an occupation or group, with their SOC code. Footnote rows
 * ("Footnotes:", "(1) Data are from ...", "Source: ...") have text in one cell only and are
 * skipped; any other row must carry a SOC code.
 */
export function* occupationRecords(
  table: Table,
  codeColumn: string,
): Generator<{ record: TableRecord; code: string }> {
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

function filledCells(record: TableRecord): number {
  let filled = 0;
  for (const cell of Object.values(record.values)) {
    if (cell !== null && String(cell).trim() !== '') filled += 1;
  }
  return filled;
}
