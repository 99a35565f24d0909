// @ts-check
import { buildProfile, cycleName, describeSource } from './build-profile.mjs';
import { OUTLOOK_THRESHOLDS, readOutlookThresholds } from './outlook-phrase.mjs';
import { readProjections } from './read-projections.mjs';
import { readWages } from './read-wages.mjs';
import { TOTAL_CODE, comparisonGroup } from './soc.mjs';

/** @typedef {import('./build-profile.mjs').Gap} Gap */
/** @typedef {import('./outlook-phrase.mjs').OutlookThresholds} OutlookThresholds */

/**
 * @typedef {object} BuildOptions
 * @property {string} projections path of the projections table (xlsx or CSV)
 * @property {string} wages path of the OES national estimates (xlsx or CSV)
 * @property {string} [outlookThresholds] path of a thresholds JSON file replacing the default
 * @property {number} [wageYear] OES reference year, when the wages file name does not tell it
 * @property {number} [topCode] the annual wage OES's `#` stands for
 * @property {(done: number, total: number) => void} [onProgress]
 */

/**
 * @typedef {object} Dataset
 * @property {string} cycle e.g. "2018-28"
 * @property {string} edition e.g. "Employment Projections 2018-28; OES May 2018"
 * @property {OutlookThresholds | undefined} thresholds
 * @property {Record<string, unknown>[]} profiles one per detailed occupation, by SOC code
 * @property {Gap[]} gaps fields left empty, and why
 */

/**
 * Reads both inputs and builds a profile for every detailed occupation of the projections
 * table, in memory: nothing is written, so bad input fails before any file is touched.
 * @param {BuildOptions} options
 * @returns {Promise<Dataset>}
 */
export async function buildDataset(options) {
  const [projections, wages, customThresholds] = await Promise.all([
    readProjections(options.projections),
    readWages(options.wages, { topCode: options.topCode, year: options.wageYear }),
    options.outlookThresholds ? readOutlookThresholds(options.outlookThresholds) : undefined,
  ]);
  const { startYear, endYear } = projections;
  const cycle = cycleName(startYear, endYear);
  const thresholds = customThresholds ?? OUTLOOK_THRESHOLDS[cycle];
  const source = describeSource({ startYear, endYear, wageYear: wages.year });
  /** @type {import('./build-profile.mjs').BuildContext} */
  const context = {
    projectionsFile: projections.file,
    wagesFile: wages.file,
    startYear,
    endYear,
    wageYear: wages.year,
    projectionsWageYear: projections.wageYear,
    thresholds,
    source,
  };

  const rows = [...projections.rows.values()];
  const groupCodes = new Set(rows.filter((row) => !row.detailed).map((row) => row.code));
  const occupations = rows
    .filter((row) => row.detailed)
    .sort((a, b) => a.code.localeCompare(b.code));
  const total = projections.rows.get(TOTAL_CODE);
  const totalWages = wages.rows.get(TOTAL_CODE);

  /** @type {Record<string, unknown>[]} */
  const profiles = [];
  /** @type {Gap[]} */
  const gaps = [];
  for (const [index, occupation] of occupations.entries()) {
    const groupCode = comparisonGroup(occupation.code, groupCodes);
    const built = buildProfile(
      {
        occupation,
        group: groupCode === undefined ? undefined : projections.rows.get(groupCode),
        total,
        wages: wages.rows.get(occupation.code),
        groupWages: groupCode === undefined ? undefined : wages.rows.get(groupCode),
        totalWages,
      },
      context,
    );
    profiles.push(built.profile);
    gaps.push(...built.gaps);
    options.onProgress?.(index + 1, occupations.length);
  }
  return { cycle, edition: source.edition, thresholds, profiles, gaps };
}
