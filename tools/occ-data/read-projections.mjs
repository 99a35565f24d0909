// @ts-check
import { headerYear, locateColumns } from './columns.mjs';
import { InputError } from './errors.mjs';
import { occupationRecords } from './occupation-records.mjs';
import { parseMoney, parseNumber, parseText, parseThousands } from './parse-values.mjs';
import { readSheets } from './read-table.mjs';

/** @typedef {import('./parse-values.mjs').Money} Money */
/** @typedef {import('./parse-values.mjs').Missing} Missing */

/**
 * Employment Projections table 1.7, "Occupational projections and worker characteristics".
 * Patterns match the normalized header text (see `normalizeHeader`) of every cycle seen so far:
 * "Employment 2018" / "Employment, 2019", "Employment change, 2018-28 Number" / "Employment
 * change, numeric, 2019-29", "Median annual wage, 2018(1)" / "Median annual wage, dollars, 2019".
 * @satisfies {Record<string, import('./columns.mjs').ColumnSpec>}
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
};

/**
 * One row of the projections table, parsed. Employment and change are numbers of jobs (the table
 * gives thousands); the percent change is as published (10.7), not rounded. A value is
 * `undefined` when its optional column is not in the file.
 * @typedef {object} ProjectionRow
 * @property {number} row
 * @property {string} code
 * @property {string} title
 * @property {boolean} detailed true for a "Line item" (detailed occupation), false for a group
 * @property {number | Missing} employment
 * @property {number | Missing} projectedEmployment
 * @property {number | Missing} changeCount
 * @property {number | Missing} changePercent
 * @property {Money | Missing | undefined} medianWage
 * @property {string | Missing | undefined} education
 * @property {string | Missing | undefined} workExperience
 * @property {string | Missing | undefined} training
 */

/**
 * @typedef {object} Projections
 * @property {string} file
 * @property {number} startYear base year, e.g. 2018
 * @property {number} endYear projected year, e.g. 2028
 * @property {number | undefined} wageYear year of the median wage column, e.g. 2018
 * @property {Map<string, ProjectionRow>} rows by SOC code, in no particular order
 */

/**
 * Reads table 1.7 as BLS publishes it (`occupation.xlsx`) or a CSV of it.
 * @param {string} file
 * @returns {Promise<Projections>}
 */
export async function readProjections(file) {
  const { table, columns } = locateColumns(file, await readSheets(file), PROJECTION_COLUMNS);
  const startYear = headerYear(/** @type {string} */ (columns.employment));
  const endYear = headerYear(/** @type {string} */ (columns.projectedEmployment));
  if (startYear === undefined || endYear === undefined || endYear <= startYear) {
    throw new InputError(
      `cannot tell the projection years from the headers "${columns.employment}" and "${columns.projectedEmployment}"`,
      { file, row: table.headerRow },
    );
  }
  /** @type {Map<string, ProjectionRow>} */
  const rows = new Map();
  for (const { record, code } of occupationRecords(table, /** @type {string} */ (columns.code))) {
    /** @param {string | undefined} column */
    const at = (column) => ({ file, row: record.row, column });
    /** @param {string | undefined} column */
    const cell = (column) => (column === undefined ? null : record.values[column]);
    const type = String(cell(columns.type) ?? '').trim();
    if (!/^(line item|summary)$/i.test(type)) {
      throw new InputError(
        `expected "Line item" or "Summary", got ${JSON.stringify(type)}`,
        at(columns.type),
      );
    }
    if (rows.has(code)) {
      const first = /** @type {ProjectionRow} */ (rows.get(code)).row;
      throw new InputError(
        `SOC code ${code} appears again (first in row ${first})`,
        at(columns.code),
      );
    }
    /** @param {string | undefined} column */
    const text = (column) => (column === undefined ? undefined : parseText(cell(column)));
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
