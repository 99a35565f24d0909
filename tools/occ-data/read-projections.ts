import type { ColumnSpec } from './columns.js';
import { headerYear, locateColumns } from './columns.js';
import { InputError } from './errors.js';
import { occupationRecords } from './occupation-records.js';
import { parseMoney, parseNumber, parseText, parseThousands } from './parse-values.js';
import { readSheets } from './read-table.js';
import type { Money, Missing } from './parse-values.js';

/**
 * Employment Projections table 1.7, "Occupational projections and worker characteristics".
 * Patterns match the normalized header text (see `normalizeHeader`) of every cycle seen so far:
 * "Employment 2018" / "Employment, 2019", "Employment change, 2018-28 Number" / "Employment
 * change, numeric, 2019-29", "Median annual wage, 2018(1)" / "Median annual wage, dollars, 2019".
 */
export const PROJECTION_COLUMNS = {
  title: {
    meaning: 'occupation title',
    example: '2018 National Employment Matrix title and code',
    header: /\btitle\b/,
  },
  code: {
    meaning: 'SOC code',
    example: 'Code',
    header: /^(?!.*\btitle\b).*\bcode\b/,
    values: { pattern: /^\d{2}-\d{4}$/, example: '29-2071' },
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
  medianWage: Money | Missing | undefined;
  education: string | Missing | undefined;
  workExperience: string | Missing | undefined;
  training: string | Missing | undefined;
}

export interface Projections {
  file: string;
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
 * Reads table 1.7 as BLS publishes it (`occupation.xlsx`) or a CSV of it.
 */
export async function readProjections(file: string): Promise<Projections> {
  const { table, columns } = locateColumns(file, await readSheets(file), PROJECTION_COLUMNS);
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
  return { file, startYear, endYear, wageYear, rows };
}
