import { locateColumns } from './columns.js';
import type { ColumnSpec } from './columns.js';
import { occupationRecords } from './occupation-records.js';
import { headerText, readSheets } from './read-table.js';

/**
 * BLS's SOC 2010 → 2018 crosswalk: one row per pair of codes, so a 2010 code that was split
 * has several rows. Titles carry marks that are not part of them: `(#)` on a 2010 occupation
 * that was split, `(##)` on a 2018 one made from several.
 */
export const CROSSWALK_COLUMNS = {
  code2010: {
    meaning: 'SOC 2010 code',
    example: 'SOCCode2010',
    header: /2010/,
    values: { pattern: /^\d{2}-\d{4}$/, example: '29-2071' },
  },
  code2018: {
    meaning: 'SOC 2018 code',
    example: 'SOCCode2018',
    header: /2018/,
    values: { pattern: /^\d{2}-\d{4}$/, example: '29-2072' },
  },
} satisfies Record<string, ColumnSpec>;

export interface Crosswalk {
  file: string;
  /** SOC 2010 code → the SOC 2018 codes it became, in the file's order */
  to2018: Map<string, string[]>;
  /** every SOC 2018 code in the file */
  codes2018: Set<string>;
}

export async function readCrosswalk(file: string): Promise<Crosswalk> {
  const { table, columns } = locateColumns(file, await readSheets(file), CROSSWALK_COLUMNS);
  const to2018 = new Map<string, string[]>();
  const codes2018 = new Set<string>();
  for (const { record, code } of occupationRecords(table, columns.code2010 as string)) {
    const code2018 = headerText(record.values[columns.code2018 as string]);
    const list = to2018.get(code) ?? [];
    if (!list.includes(code2018)) list.push(code2018);
    to2018.set(code, list);
    codes2018.add(code2018);
  }
  return { file, to2018, codes2018 };
}
