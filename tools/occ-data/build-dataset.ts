import { basename } from 'node:path';
import type { Link, OccupationProfile } from '../../src/data/types.js';
import { buildProfile, cycleName, describeSource } from './build-profile.js';
import type { BuildContext, Gap } from './build-profile.js';
import { GENERATOR } from './generator.js';
import { addWageFigures } from './merge-ooh.js';
import { OUTLOOK_THRESHOLDS, readOutlookThresholds } from './outlook-phrase.js';
import type { OutlookThresholds } from './outlook-phrase.js';
import { readCrosswalk } from './read-crosswalk.js';
import type { Crosswalk } from './read-crosswalk.js';
import { readOohPages } from './read-ooh-pages.js';
import type { OohPages, PageFailure } from './read-ooh-pages.js';
import { readProjections } from './read-projections.js';
import type { Projections } from './read-projections.js';
import { readWages } from './read-wages.js';
import type { Wages } from './read-wages.js';
import { TOTAL_CODE, comparisonGroup } from './soc.js';

export interface BuildOptions {
  /** path of the projections table (xlsx or CSV) */
  projections: string;
  /** path of the OES/OEWS national estimates (xlsx or CSV) */
  wages: string;
  /** folder of saved OOH profile pages */
  ooh?: string;
  /** BLS's SOC 2010 → 2018 crosswalk (CSV or xlsx), for the index's `soc2010` */
  crosswalk?: string;
  /** path of a thresholds JSON file replacing the default */
  outlookThresholds?: string;
  /** OES reference year, when the wages file does not tell it */
  wageYear?: number;
  /** the annual wage OES's `#` stands for, when the wages file does not tell it */
  topCode?: number;
  onProgress?: (stage: string, done: number, total: number) => void;
}

/** One file of the dataset: `<slug>.json` or `<soc>.json`. */
export interface DatasetFile {
  name: string;
  profile: OccupationProfile;
}

export interface Dataset {
  /** e.g. "2024-34" */
  cycle: string;
  /** e.g. "Employment Projections 2024-34; OEWS May 2024" */
  edition: string;
  thresholds: OutlookThresholds | undefined;
  /** the OOH profiles by slug, then one file per detailed occupation by SOC code */
  files: DatasetFile[];
  /** SOC 2010 code → the files (stems) of the SOC 2018 occupations it became */
  soc2010: Record<string, string[]> | undefined;
  /** fields left empty, and why */
  gaps: Gap[];
  /** problems with the inputs as a whole: mixed vintages, unknown limits, links that miss */
  warnings: string[];
  /** OOH pages that could not be read */
  failures: PageFailure[];
  pageCount: number;
}

/**
 * Reads the inputs and builds the dataset in memory: nothing is written, so bad input fails
 * before any file is touched. With OOH pages, each page gives a full profile (its figures are
 * the page's) that the tables complete; every detailed occupation of the projections table gets
 * a numbers-only profile that links to the page covering it, or the page's full profile when the
 * page is that one occupation.
 */
export async function buildDataset(options: BuildOptions): Promise<Dataset> {
  const progress = options.onProgress;
  const [projections, wages, customThresholds, crosswalk] = await Promise.all([
    readProjections(options.projections),
    readWages(options.wages, { topCode: options.topCode, year: options.wageYear }),
    options.outlookThresholds ? readOutlookThresholds(options.outlookThresholds) : undefined,
    options.crosswalk ? readCrosswalk(options.crosswalk) : undefined,
  ]);
  const warnings: string[] = [];
  const { startYear, endYear } = projections;
  const cycle = cycleName(startYear, endYear);
  const thresholds = customThresholds ?? OUTLOOK_THRESHOLDS[cycle];
  if (!thresholds) {
    warnings.push(
      `no outlook phrases for the ${cycle} projections: numbers-only profiles have none (pass --outlook-thresholds)`,
    );
  }
  warnings.push(...vintageWarnings(projections, wages, crosswalk));

  const pages = options.ooh
    ? await readOohPages(options.ooh, {
        ...(wages.topCode && { topCode: wages.topCode }),
        onProgress: (done, total) => progress?.('Reading OOH pages', done, total),
      })
    : undefined;
  if (pages) warnings.push(...pageWarnings(pages, projections, wages, cycle, thresholds));

  const source = describeSource({
    startYear,
    endYear,
    wageYear: wages.year,
    tableName: projections.tableName,
    tableTitle: projections.tableTitle,
  });
  const context: BuildContext = {
    projectionsFile: projections.file,
    wagesFile: wages.file,
    startYear,
    endYear,
    wageYear: wages.year,
    projectionsWageYear: projections.wageYear,
    thresholds,
    source,
  };
  const numbers = buildNumbersOnly(projections, wages, context, progress);

  const files: DatasetFile[] = [];
  const bySoc = new Map<string, OccupationProfile>();
  for (const profile of pages?.profiles ?? []) {
    profile.source = { ...profile.source, generator: GENERATOR } as OccupationProfile['source'];
    files.push({ name: `${profile.occupation.slug}.json`, profile });
    for (const code of profile.occupation.soc) bySoc.set(code, profile);
  }
  const slugs = new Set(files.map((file) => file.profile.occupation.slug));
  for (const profile of numbers.profiles) {
    const code = profile.occupation.soc[0];
    const page = bySoc.get(code);
    const alone = page?.occupation.soc.length === 1 && !slugs.has(code);
    // A page that is this one occupation is its profile; otherwise the page covers it.
    if (page && alone) {
      files.push({ name: `${code}.json`, profile: page });
    } else {
      if (page) profile.occupation.coveredBy = coverLink(page);
      files.push({ name: `${code}.json`, profile });
    }
  }
  if (pages) warnings.push(...coverageWarnings(pages, projections));
  const built = new Set(files.map((file) => file.name.replace(/\.json$/, '')));
  warnings.push(...checkLinks(files, built));
  return {
    cycle,
    edition: source.edition,
    thresholds,
    files,
    soc2010: crosswalk && soc2010Index(crosswalk, built),
    gaps: numbers.gaps,
    warnings,
    failures: pages?.failures ?? [],
    pageCount: pages ? pages.profiles.length + pages.failures.length : 0,
  };
}

function buildNumbersOnly(
  projections: Projections,
  wages: Wages,
  context: BuildContext,
  progress: BuildOptions['onProgress'],
): { profiles: OccupationProfile[]; gaps: Gap[] } {
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
    progress?.('Building profiles', index + 1, occupations.length);
  }
  return { profiles, gaps };
}

function coverLink(page: OccupationProfile): Link {
  return {
    text: page.occupation.title,
    href: page.occupation.url ?? '',
    ...(page.occupation.slug && { slug: page.occupation.slug }),
  };
}

const count = (value: number) => value.toLocaleString('en-US');

/**
 * Files of different vintages or code systems can be paired (2018-28 projections with May 2024
 * wages, SOC 2010 codes with SOC 2018 ones): the build goes on, and says so with counts.
 */
function vintageWarnings(projections: Projections, wages: Wages, crosswalk?: Crosswalk): string[] {
  const warnings: string[] = [];
  const projectionsName = basename(projections.file);
  const wagesName = basename(wages.file);
  const detailed = [...projections.rows.values()].filter((row) => row.detailed);
  if (wages.unknownTopCoded) {
    warnings.push(
      `${wagesName} does not say what "#" (a top-coded wage) stands for: ${count(wages.unknownTopCoded)} wages left empty (pass --top-code with the annual limit its notes give)`,
    );
  }
  if (
    projections.wageYear !== undefined &&
    wages.year !== undefined &&
    projections.wageYear !== wages.year
  ) {
    warnings.push(
      `mixed vintages: ${projectionsName} is the ${cycleName(projections.startYear, projections.endYear)} projections (wages of ${projections.wageYear}) but ${wagesName} is May ${wages.year}: all ${count(detailed.length)} profiles pair ${projections.startYear} employment with May ${wages.year} wages`,
    );
  }
  const missing = detailed.filter((row) => !wages.rows.has(row.code));
  if (missing.length) {
    const old = crosswalk
      ? missing.filter(
          (row) => crosswalk.to2018.has(row.code) && !crosswalk.codes2018.has(row.code),
        )
      : [];
    const system = old.length
      ? ` (${count(old.length)} of them are SOC 2010 codes that SOC 2018 replaced, e.g. ${old[0].code}: the files use different SOC versions)`
      : missing.length > detailed.length / 20
        ? ' (the files may use different SOC versions; pass --crosswalk to check)'
        : '';
    warnings.push(
      `${count(missing.length)} of ${count(detailed.length)} occupations in ${projectionsName} have no row in ${wagesName}${system}`,
    );
  }
  return warnings;
}

/** The pages against the tables: edition, wage year, outlook phrases. */
function pageWarnings(
  pages: OohPages,
  projections: Projections,
  wages: Wages,
  cycle: string,
  thresholds: OutlookThresholds | undefined,
): string[] {
  const warnings: string[] = [];
  const editions = new Map<string, number>();
  for (const profile of pages.profiles) {
    const edition = profile.source?.edition;
    if (edition && edition !== cycle) editions.set(edition, (editions.get(edition) ?? 0) + 1);
  }
  for (const [edition, times] of editions) {
    warnings.push(
      `mixed vintages: ${count(times)} OOH pages are the ${edition} edition but ${basename(projections.file)} is ${cycle}`,
    );
  }
  let unmatched = 0;
  const reasons = new Map<string, number>();
  const otherYear = pages.profiles.filter(
    (profile) => profile.pay?.period && wages.year && profile.pay.period !== `May ${wages.year}`,
  );
  for (const profile of pages.profiles) {
    if (otherYear.includes(profile)) continue;
    const reason = addWageFigures(profile, wages);
    if (reason) {
      unmatched += 1;
      const kind = reason.replace(/ \(.*\)$/, '');
      reasons.set(kind, (reasons.get(kind) ?? 0) + 1);
    }
  }
  if (otherYear.length) {
    warnings.push(
      `mixed vintages: ${count(otherYear.length)} OOH pages show ${otherYear[0].pay?.period} wages but ${basename(wages.file)} is May ${wages.year}: no OEWS figures added to them`,
    );
  }
  if (unmatched) {
    const why = [...reasons].map(([reason, times]) => `${count(times)} ${reason}`).join('; ');
    warnings.push(
      `${count(unmatched)} OOH pages got no 25th/75th percentiles or hourly wages from ${basename(wages.file)}: ${why}`,
    );
  }
  if (thresholds) {
    const disagree = pages.profiles.filter((profile) => {
      const { percent, phrase } = profile.quickFacts?.outlook ?? {};
      if (percent === undefined || !phrase) return false;
      const band = thresholds.bands.find((b) => b.atLeast === undefined || percent >= b.atLeast);
      return band?.phrase !== phrase;
    });
    if (disagree.length) {
      const first = disagree[0].quickFacts?.outlook;
      warnings.push(
        `${count(disagree.length)} OOH pages word their outlook otherwise than the ${cycle} outlook bands (e.g. ${disagree[0].occupation.slug}: ${first?.percent}% "${first?.phrase}")`,
      );
    }
  }
  for (const { file, message } of pages.warnings) warnings.push(`${basename(file)}: ${message}`);
  return warnings;
}

/** Pages' SOC codes against the table's occupations and its "OOH Content" marks. */
function coverageWarnings(pages: OohPages, projections: Projections): string[] {
  const warnings: string[] = [];
  const covered = new Set(pages.profiles.flatMap((profile) => profile.occupation.soc));
  const unknown = [...covered].filter((code) => !projections.rows.has(code));
  if (unknown.length) {
    warnings.push(
      `${count(unknown.length)} SOC codes of OOH pages are not in ${basename(projections.file)} (e.g. ${unknown[0]})`,
    );
  }
  const marked = [...projections.rows.values()].filter(
    (row) => row.detailed && row.oohContent && !covered.has(row.code),
  );
  if (marked.length) {
    warnings.push(
      `${count(marked.length)} occupations marked "OOH Content" in ${basename(projections.file)} are on no OOH page given (e.g. ${marked[0].code})`,
    );
  }
  return warnings;
}

/**
 * Every link between profiles (similar occupations, contacts, links in the prose, coveredBy)
 * must name a built file: one that does not loses its slug (the reader still gets BLS's page)
 * and is counted.
 */
function checkLinks(files: DatasetFile[], built: Set<string>): string[] {
  const missing = new Map<string, number>();
  const visit = (value: unknown): void => {
    if (Array.isArray(value)) {
      for (const item of value) visit(item);
    } else if (value && typeof value === 'object') {
      const link = value as { slug?: unknown; href?: unknown; url?: unknown };
      if (typeof link.slug === 'string' && (link.href || link.url) && !built.has(link.slug)) {
        missing.set(link.slug, (missing.get(link.slug) ?? 0) + 1);
        delete link.slug;
      }
      for (const item of Object.values(value)) visit(item);
    }
  };
  const seen = new Set<OccupationProfile>();
  for (const { profile } of files) {
    if (seen.has(profile)) continue;
    seen.add(profile);
    const { occupation, ...rest } = profile;
    visit(rest);
    visit(occupation.coveredBy);
  }
  if (!missing.size) return [];
  const total = [...missing.values()].reduce((sum, n) => sum + n, 0);
  return [
    `${count(total)} links to ${count(missing.size)} OOH profiles that were not built keep only BLS's page (e.g. ${[...missing.keys()][0]})`,
  ];
}

/** SOC 2010 code → the built files of the SOC 2018 codes it became. */
function soc2010Index(crosswalk: Crosswalk, built: Set<string>): Record<string, string[]> {
  const index: Record<string, string[]> = {};
  for (const [code2010, codes2018] of [...crosswalk.to2018].sort(([a], [b]) =>
    a.localeCompare(b),
  )) {
    const files = codes2018.filter((code) => built.has(code));
    if (files.length) index[code2010] = files;
  }
  return index;
}
