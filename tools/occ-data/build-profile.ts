import type { OccupationProfile } from '../../src/data/types.js';
import { basename } from 'node:path';
import { GENERATOR } from './generator.js';
import { outlookPhrase } from './outlook-phrase.js';
import { isMissing, roundPercent } from './parse-values.js';
import { PERCENTILES } from './read-wages.js';
import type { Money, Missing } from './parse-values.js';
import type { ProjectionRow } from './read-projections.js';
import type { WageRow } from './read-wages.js';
import type { OutlookThresholds } from './outlook-phrase.js';

/**
 * A field the build could not fill, and why (e.g. `"*" in national_M2018_dl.xlsx`).
 */
export type Gap = { soc: string; field: string; reason: string };

/**
 * What every profile of one build shares.
 */
export interface BuildContext {
  projectionsFile: string;
  wagesFile: string;
  startYear: number;
  endYear: number;
  /** reference year of the OES estimates */
  wageYear: number | undefined;
  /** year of the projections' own wage column */
  projectionsWageYear: number | undefined;
  thresholds: OutlookThresholds | undefined;
  source: Record<string, string>;
}

/**
 * The rows an occupation's profile is made from. The group is its SOC minor group (see
 * `comparisonGroup`); the total is "Total, all occupations".
 */
export interface ProfileRows {
  occupation: ProjectionRow;
  group: ProjectionRow | undefined;
  total: ProjectionRow | undefined;
  wages: WageRow | undefined;
  groupWages: WageRow | undefined;
  totalWages: WageRow | undefined;
}

/** The program was renamed Occupational Employment and Wage Statistics with the May 2020 data. */
const OEWS_FIRST_YEAR = 2020;

/**
 * @returns e.g. "2018-28"
 */
export function cycleName(startYear: number, endYear: number): string {
  return `${startYear}-${String(endYear).slice(-2)}`;
}

/**
 * The `source` block every generated profile shares.
 */
export function describeSource({
  startYear,
  endYear,
  wageYear,
  tableName,
  tableTitle,
}: {
  startYear: number;
  endYear: number;
  wageYear: number | undefined;
  /** e.g. "table 1.2", as the projections file names it */
  tableName?: string;
  /** e.g. "Occupational projections, 2024–2034, and worker characteristics, 2024" */
  tableTitle?: string;
}): Record<string, string> {
  const cycle = cycleName(startYear, endYear);
  const renamed = wageYear !== undefined && wageYear >= OEWS_FIRST_YEAR;
  const program = renamed ? 'OEWS' : 'OES';
  const programName = renamed
    ? 'Occupational Employment and Wage Statistics'
    : 'Occupational Employment Statistics';
  const period = wageYear === undefined ? '' : `May ${wageYear}`;
  return {
    publisher: 'U.S. Bureau of Labor Statistics',
    // Short, as it heads each element's one-line source note; the citation names both tables in full.
    title: `Employment Projections and ${program} wage estimates`,
    edition: `Employment Projections ${cycle}; ${[program, period].filter(Boolean).join(' ')}`,
    citation: `U.S. Bureau of Labor Statistics, Employment Projections program, "${tableTitle ?? 'Occupational projections and worker characteristics'}"${tableName ? ` (${tableName})` : ''}${tableTitle?.includes(String(startYear)) ? '' : `, ${cycle}`}; U.S. Bureau of Labor Statistics, ${programName} (${program}) program, national occupational employment and wage estimates${period ? `, ${period}` : ''}.`,
    dataUrl: 'https://www.bls.gov/emp/tables/occupational-projections-and-characteristics.htm',
    generator: GENERATOR,
  };
}

/**
 * Builds one occupation's profile from its projections and OES rows. Only what the inputs give
 * is filled; everything else is left out and reported as a gap.
 */
export function buildProfile(
  rows: ProfileRows,
  context: BuildContext,
): { profile: OccupationProfile; gaps: Gap[] } {
  const { occupation, group, total, wages } = rows;
  const { startYear, endYear, thresholds } = context;
  const gaps = new GapList(occupation.code, context);

  const pay = payFigures(rows, context, gaps);
  const percent = gaps.percent(occupation, 'quickFacts.outlook.percent');
  let phrase;
  if (percent !== undefined && thresholds) {
    phrase = outlookPhrase(percent, thresholds);
  } else if (percent !== undefined) {
    const cycle = cycleName(startYear, endYear);
    gaps.add(
      'quickFacts.outlook.phrase',
      `no outlook thresholds for ${cycle} (use --outlook-thresholds)`,
    );
  }
  const jobs = gaps.fromProjections(occupation.employment, 'quickFacts.jobs.count');
  const projected = gaps.fromProjections(
    occupation.projectedEmployment,
    'outlook.projections.projectedEmployment',
  );
  const change = gaps.fromProjections(occupation.changeCount, 'quickFacts.employmentChange.count');
  const openings =
    occupation.openings === undefined
      ? undefined
      : gaps.fromProjections(occupation.openings, 'outlook.openingsPerYear');
  const groupPercent = group ? gaps.percent(group, 'outlook.changes[group]') : undefined;
  const totalPercent = total ? gaps.percent(total, 'outlook.changes[total]') : undefined;

  const profile = {
    schemaVersion: 1,
    occupation: {
      title: wages?.title || occupation.title,
      soc: [occupation.code],
      slug: occupation.code,
    },
    source: context.source,
    quickFacts: {
      medianPay: pay.own && { ...pay.own, year: pay.year },
      entryLevelEducation: gaps.fromProjections(
        occupation.education,
        'quickFacts.entryLevelEducation',
      ),
      workExperience: gaps.fromProjections(occupation.workExperience, 'quickFacts.workExperience'),
      onTheJobTraining: gaps.fromProjections(occupation.training, 'quickFacts.onTheJobTraining'),
      jobs: jobs === undefined ? undefined : { count: jobs, year: startYear },
      outlook: percent === undefined ? undefined : { percent, phrase, startYear, endYear },
      employmentChange: change === undefined ? undefined : { count: change, startYear, endYear },
    },
    pay: {
      period: pay.year === undefined ? undefined : `May ${pay.year}`,
      // The OOH's pay chart: minor group, the occupation (highlighted), all occupations. Without
      // the occupation's own bar there is no chart.
      medians: pay.own && [
        group && pay.group && { label: group.title, ...pay.group },
        { label: occupation.title, ...pay.own, focus: true },
        total && pay.total && { label: total.title, ...pay.total },
      ],
      percentiles: pay.percentiles,
    },
    outlook: {
      startYear,
      endYear,
      averagePercent: totalPercent,
      phrase,
      openingsPerYear: openings,
      // The OOH's outlook chart: the occupation (highlighted), its minor group, all occupations.
      changes: percent !== undefined && [
        { label: occupation.title, percent, focus: true },
        group && groupPercent !== undefined && { label: group.title, percent: groupPercent },
        total && totalPercent !== undefined && { label: total.title, percent: totalPercent },
      ],
      projections: [
        {
          title: occupation.title,
          soc: occupation.code,
          employment: jobs,
          projectedEmployment: projected,
          changePercent: percent,
          changeCount: change,
        },
      ],
    },
  };
  for (const field of ['pay.medians[group]', 'outlook.changes[group]']) {
    if (!group) gaps.add(field, `no group row above ${occupation.code}`);
  }
  for (const field of ['pay.medians[total]', 'outlook.changes[total]']) {
    if (!total) gaps.add(field, 'no Total (00-0000) row');
  }
  return { profile: prune(profile) as OccupationProfile, gaps: gaps.list };
}

/**
 * The OES figures of a profile: medians of the occupation, its group and all occupations, and
 * the occupation's percentiles.
 */
function payFigures(
  { occupation, group, total, wages, groupWages, totalWages }: ProfileRows,
  context: BuildContext,
  gaps: GapList,
) {
  const medians = (
    row: WageRow | undefined,
    projectionRow: ProjectionRow | undefined,
    field: string,
  ): { annual?: Money; hourly?: Money } | undefined => {
    if (!projectionRow) return undefined;
    const annual = gaps.fromWages(row, row?.annual.p50, `${field}.annual`, projectionRow.code);
    const hourly = gaps.fromWages(row, row?.hourly.p50, `${field}.hourly`, projectionRow.code);
    return annual === undefined && hourly === undefined ? undefined : { annual, hourly };
  };

  let own = medians(wages, occupation, 'quickFacts.medianPay');
  // Without an OES row, the projections table's median wage (OES data of the same year) still
  // gives the annual median.
  if (!wages && context.projectionsWageYear === context.wageYear && occupation.medianWage) {
    gaps.drop('quickFacts.medianPay.annual');
    const annual = gaps.fromProjections(occupation.medianWage, 'quickFacts.medianPay.annual');
    own = annual === undefined ? undefined : { annual };
  }
  if (own && context.wageYear === undefined) {
    gaps.add(
      'quickFacts.medianPay.year',
      'wage year unknown (name the OES file like national_M2018_dl, or use --wage-year)',
    );
  }

  const percentiles = (unit: 'annual' | 'hourly') =>
    Object.fromEntries(
      PERCENTILES.map((key) => [
        key,
        gaps.fromWages(
          wages,
          wages?.[unit][key],
          `pay.percentiles.${unit}.${key}`,
          occupation.code,
        ),
      ]),
    );

  return {
    year: own ? context.wageYear : undefined,
    own,
    group: medians(groupWages, group, 'pay.medians[group]'),
    total: medians(totalWages, total, 'pay.medians[total]'),
    percentiles: { annual: percentiles('annual'), hourly: percentiles('hourly') },
  };
}

/** Collects the fields of one profile that the inputs leave empty, with the reason. */
class GapList {
  readonly soc: string;
  readonly projectionsName: string;
  readonly wagesName: string;
  list: Gap[];
  constructor(soc: string, context: BuildContext) {
    this.soc = soc;
    this.projectionsName = basename(context.projectionsFile);
    this.wagesName = basename(context.wagesFile);
    this.list = [];
  }
  add(field: string, reason: string) {
    this.list.push({ soc: this.soc, field, reason });
  }

  drop(field: string) {
    this.list = this.list.filter((gap) => gap.field !== field);
  }

  /**
   * A value from the projections table; `undefined` when its optional column is absent.
   * @template T
   */
  fromProjections<T>(value: T | Missing | undefined, field: string): T | undefined {
    return this.#take(
      value,
      field,
      this.projectionsName,
      `no such column in ${this.projectionsName}`,
    );
  }

  /**
   * A value from an OES row, which may not exist for this code.
   */
  fromWages(
    row: WageRow | undefined,
    value: Money | Missing | undefined,
    field: string,
    code: string,
  ): Money | undefined {
    const absent = row
      ? `no such column in ${this.wagesName}`
      : `no row for ${code} in ${this.wagesName}`;
    return this.#take(value, field, this.wagesName, absent);
  }

  /**
   * A row's percent change, rounded as BLS shows it.
   */
  percent(row: ProjectionRow, field: string): number | undefined {
    const percent = this.fromProjections(row.changePercent, field);
    return percent === undefined ? undefined : roundPercent(percent);
  }

  /**
   * @template T
   * @param file where a "not available" marker came from
   * @param absent why the value may be `undefined`
   */
  #take<T>(
    value: T | Missing | undefined,
    field: string,
    file: string,
    absent: string,
  ): T | undefined {
    if (value === undefined) {
      this.add(field, absent);
      return undefined;
    }
    if (isMissing(value)) {
      this.add(field, `${value.missing ? `"${value.missing}"` : 'empty cell'} in ${file}`);
      return undefined;
    }
    return value as T;
  }
}

/**
 * Drops `undefined`, `false` and empty objects and arrays, so that a field the inputs cannot
 * fill is absent rather than null.
 */
function prune(value: unknown): unknown {
  if (Array.isArray(value)) {
    const items = value.map(prune).filter((item) => item !== undefined);
    return items.length ? items : undefined;
  }
  if (value && typeof value === 'object') {
    const entries = Object.entries(value)
      .map(([key, item]) => [key, prune(item)])
      .filter(([, item]) => item !== undefined);
    return entries.length ? Object.fromEntries(entries) : undefined;
  }
  return value === false ? undefined : value;
}
