import type { ColumnSpec } from './columns.js';
import { headerYear, locateColumnsLazily } from './columns.js';
import { InputError } from './errors.js';
import { occupationRecords } from './occupation-records.js';
import { parseMoney, parseNumber, parseText, parseThousands } from './parse-values.js';
import { eachSheet } from './read-table.js';
import type { Money, Missing } from './parse-values.js';
import type { Table } from './read-table.js';
import { basename } from 'node:path';

/**
 * Employment Projections "Occupational projections and worker characteristics" (table 1.7 of
 * the 2018-28 workbook, table 1.2 of the 2024-34 one). Patterns match the normalized header text
 * (see `normalizeHeader`) of every cycle seen so far: "Employment 2018" / "Employment, 2019",
 * "Employment change, 2018-28 Number" / "Employment change, numeric, 2024–34", "Median annual
 * wage, 2018(1)" / "Median annual wage, dollars, 2024[1]", and the two-row headers of 2014-24
 * and 2016-26 ("Employment" over "2016" and "2026"). The title and code columns can share words
 * ("... title and code" over "Title" and "Code"): their values tell them apart.
 */
export const PROJECTION_COLUMNS = {
  title: {
    meaning: 'occupation title',
    example: '2024 National Employment Matrix title',
    header: /\btitle\b/,
    values: { pattern: /[a-z]{3}/i, example: 'Medical records specialists' },
  },
  code: {
    meaning: 'SOC code',
    example: '2024 National Employment Matrix code',
    header: /\bcode\b/,
    values: { pattern: /^\d{2}-\d{4}$/, example: '29-2072' },
  },
  type: {
    meaning: 'occupation type',
    example: 'Occupation type',
    header: /\btype\b/,
  },
  employment: {
    meaning: 'base-year employment',
    example: 'Employment 2018',
    header: /^employment,? \d{4}$/,
    year: 'earliest',
  },
  projectedEmployment: {
    meaning: 'projected employment',
    example: 'Employment 2028',
    header: /^(?:projected )?employment,? \d{4}$/,
    year: 'latest',
  },
  changeCount: {
    meaning: 'numeric employment change',
    example: 'Employment change, 2018-28 Number',
    header: /^employment change\b.*\bnum(?:ber|eric)\b/,
  },
  changePercent: {
    meaning: 'percent employment change',
    example: 'Employment change, 2018-28 Percent',
    header: /^employment change\b.*\bpercent\b/,
  },
  openings: {
    meaning: 'annual average occupational openings',
    example: 'Occupational openings, 2024–34 annual average',
    header: /^occupational openings\b/,
    optional: true,
  },
  oohContent: {
    meaning: 'Occupational Outlook Handbook content marker',
    example: 'Related Occupational Outlook Handbook (OOH) content',
    header: /\boccupational outlook handbook\b|\booh\b/,
    optional: true,
  },
  medianWage: {
    meaning: 'median annual wage',
    example: 'Median annual wage, 2018',
    header: /^median annual wage\b/,
    optional: true,
  },
  education: {
    meaning: 'typical entry-level education',
    example: 'Typical education needed for entry',
    header: /\beducation\b/,
    optional: true,
  },
  workExperience: {
    meaning: 'work experience in a related occupation',
    example: 'Work experience in a related occupation',
    header: /\bwork experience\b/,
    optional: true,
  },
  training: {
    meaning: 'typical on-the-job training',
    example: 'Typical on-the-job training needed to attain competency in the occupation',
    header: /\bon-the-job training\b/,
    optional: true,
  },
} satisfies Record<string, ColumnSpec>;

/**
 * One row of the projections table, parsed. Employment and change are numbers of jobs (the table
 * gives thousands); the percent change is as published (10.7), not rounded. A value is
 * `undefined` when its optional column is not in the file.
 */
export interface ProjectionRow {
  row: number;
  code: string;
  title: string;
  /** true for a "Line item" (detailed occupation), false for a group */
  detailed: boolean;
  employment: number | Missing;
  projectedEmployment: number | Missing;
  changeCount: number | Missing;
  changePercent: number | Missing;
  /** openings per year, on average over the decade (jobs; the table gives thousands) */
  openings: number | Missing | undefined;
  /** whether table 1.2 marks it "OOH Content" (an OOH profile covers it) */
  oohContent: boolean | undefined;
  medianWage: Money | Missing | undefined;
  education: string | Missing | undefined;
  workExperience: string | Missing | undefined;
  training: string | Missing | undefined;
}

export interface Projections {
  file: string;
  /** e.g. "table 1.2", from the title row above the header (or the sheet or file name) */
  tableName?: string;
  /** e.g. "Occupational projections, 2024–2034, and worker characteristics, 2024" */
  tableTitle?: string;
  /** base year, e.g. 2018 */
  startYear: number;
  /** projected year, e.g. 2028 */
  endYear: number;
  /** year of the median wage column, e.g. 2018 */
  wageYear: number | undefined;
  /** by SOC code, in no particular order */
  rows: Map<string, ProjectionRow>;
}

/**
 * Reads the projections table as BLS publishes it (`occupation.xlsx`, whichever sheet has it) or
 * a CSV of it.
 */
export async function readProjections(file: string): Promise<Projections> {
  const { table, columns } = await locateColumnsLazily(file, eachSheet(file), PROJECTION_COLUMNS);
  const startYear = headerYear(columns.employment as string);
  const endYear = headerYear(columns.projectedEmployment as string);
  if (startYear === undefined || endYear === undefined || endYear <= startYear) {
    throw new InputError(
      `cannot tell the projection years from the headers "${columns.employment}" and "${columns.projectedEmployment}"`,
      { file, row: table.headerRow },
    );
  }
  const rows: Map<string, ProjectionRow> = new Map();
  for (const { record, code } of occupationRecords(table, columns.code as string)) {
    const at = (column: string | undefined) => ({ file, row: record.row, column });
    const cell = (column: string | undefined) =>
      column === undefined ? null : record.values[column];
    const type = String(cell(columns.type) ?? '').trim();
    if (!/^(line item|summary)$/i.test(type)) {
      throw new InputError(
        `expected "Line item" or "Summary", got ${JSON.stringify(type)}`,
        at(columns.type),
      );
    }
    if (rows.has(code)) {
      const first = (rows.get(code) as ProjectionRow).row;
      throw new InputError(
        `SOC code ${code} appears again (first in row ${first})`,
        at(columns.code),
      );
    }
    const text = (column: string | undefined) =>
      column === undefined ? undefined : parseText(cell(column));
    rows.set(code, {
      row: record.row,
      code,
      title: String(cell(columns.title) ?? '').trim(),
      detailed: /^line item$/i.test(type),
      employment: parseThousands(cell(columns.employment), at(columns.employment)),
      projectedEmployment: parseThousands(
        cell(columns.projectedEmployment),
        at(columns.projectedEmployment),
      ),
      changeCount: parseThousands(cell(columns.changeCount), at(columns.changeCount)),
      changePercent: parseNumber(cell(columns.changePercent), at(columns.changePercent)),
      openings:
        columns.openings === undefined
          ? undefined
          : parseThousands(cell(columns.openings), at(columns.openings)),
      oohContent:
        columns.oohContent === undefined
          ? undefined
          : /\booh\b/i.test(String(cell(columns.oohContent) ?? '')),
      medianWage:
        columns.medianWage === undefined
          ? undefined
          : parseMoney(cell(columns.medianWage), at(columns.medianWage)),
      education: text(columns.education),
      workExperience: text(columns.workExperience),
      training: text(columns.training),
    });
  }
  const wageYear = columns.medianWage === undefined ? undefined : headerYear(columns.medianWage);
  return { file, ...tableNaming(table), startYear, endYear, wageYear, rows };
}

/**
 * The table's name and title as BLS gives them: "Table 1.2 Occupational projections, 2024–2034,
 * and worker characteristics, 2024 (Employment in thousands)" above the header, else a table
 * number in the sheet's or file's name (ep-2018-28-table-1.7-occupations.csv).
 */
function tableNaming(table: Table): { tableName?: string; tableTitle?: string } {
  const caption =
    /^table\s+(\d+(?:\.\d+)?)\s+(.+?)(?:\s*\((?:employment|numbers) in thousands\))?$/i.exec(
      table.caption ?? '',
    );
  if (caption) return { tableName: `table ${caption[1]}`, tableTitle: caption[2] };
  const named = /table[-_ ]?(\d+\.\d+)/i.exec(`${table.sheet} ${basename(table.file)}`);
  return { tableName: named ? `table ${named[1]}` : undefined, tableTitle: undefined };
}
