import type { OccupationProfile } from '../../src/data/types.js';
import { buildProfile, cycleName, describeSource } from './build-profile.js';
import { OUTLOOK_THRESHOLDS, readOutlookThresholds } from './outlook-phrase.js';
import { readProjections } from './read-projections.js';
import { readWages } from './read-wages.js';
import { TOTAL_CODE, comparisonGroup } from './soc.js';
import type { Gap } from './build-profile.js';
import type { OutlookThresholds } from './outlook-phrase.js';

export interface BuildOptions {
  /** path of the projections table (xlsx or CSV) */
  projections: string;
  /** path of the OES national estimates (xlsx or CSV) */
  wages: string;
  /** path of a thresholds JSON file replacing the default */
  outlookThresholds?: string;
  /** OES reference year, when the wages file name does not tell it */
  wageYear?: number;
  /** the annual wage OES's `#` stands for */
  topCode?: number;
  onProgress?: (done: number, total: number) => void;
}

export interface Dataset {
  /** e.g. "2018-28" */
  cycle: string;
  /** e.g. "Employment Projections 2018-28; OES May 2018" */
  edition: string;
  thresholds: OutlookThresholds | undefined;
  /** one per detailed occupation, by SOC code */
  profiles: OccupationProfile[];
  /** fields left empty, and why */
  gaps: Gap[];
}

/**
 * Reads both inputs and builds a profile for every detailed occupation of the projections
 * table, in memory: nothing is written, so bad input fails before any file is touched.
 */
export async function buildDataset(options: BuildOptions): Promise<Dataset> {
  const [projections, wages, customThresholds] = await Promise.all([
    readProjections(options.projections),
    readWages(options.wages, { topCode: options.topCode, year: options.wageYear }),
    options.outlookThresholds ? readOutlookThresholds(options.outlookThresholds) : undefined,
  ]);
  const { startYear, endYear } = projections;
  const cycle = cycleName(startYear, endYear);
  const thresholds = customThresholds ?? OUTLOOK_THRESHOLDS[cycle];
  const source = describeSource({ startYear, endYear, wageYear: wages.year });
  const context: import('./build-profile.js').BuildContext = {
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

  const profiles: OccupationProfile[] = [];
  const gaps: Gap[] = [];
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
