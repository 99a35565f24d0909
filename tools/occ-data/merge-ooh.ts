import type { Money, OccupationProfile, Percentiles } from '../../src/data/types.js';
import { isMissing } from './parse-values.js';
import type { Missing } from './parse-values.js';
import { PERCENTILES } from './read-wages.js';
import type { WageRow, Wages } from './read-wages.js';
import { TOTAL_CODE } from './soc.js';

/**
 * What BLS's tables add to an OOH page's profile. The page's own figures always stay as they
 * are; the OEWS file adds what the page lacks (the 25th and 75th percentiles, hourly wages) for
 * the OEWS row that is the page's occupation beyond doubt: the one of its SOC codes, or of
 * their common groups, whose median is the page's median (and whose 10th and 90th percentiles
 * are the page's, where the page gives them). Where none or several match, nothing is added
 * and the reason is returned.
 * @returns why nothing was added, or undefined when the figures were added
 */
export function addWageFigures(profile: OccupationProfile, wages: Wages): string | undefined {
  const row = pageWageRow(profile, wages);
  if (typeof row === 'string') return row;
  const pay = (profile.pay ??= {});
  const percentiles = (pay.percentiles ??= {});
  // Hourly wages are added; annual ones only where the page shows annual pay (a page of an
  // hourly-only occupation stays hourly).
  const facts = profile.quickFacts?.medianPay;
  if (facts?.annual !== undefined) percentiles.annual = fill(percentiles.annual, row.annual);
  percentiles.hourly = fill(percentiles.hourly, row.hourly);
  if (facts?.annual !== undefined) facts.hourly ??= money(row.hourly.p50);
  for (const bar of pay.medians ?? []) {
    const barRow = bar.focus ? row : barWageRow(bar, wages);
    if (barRow && bar.annual !== undefined) bar.hourly ??= money(barRow.hourly.p50);
  }
  pay.period ??= wages.year === undefined ? undefined : `May ${wages.year}`;
  return undefined;
}

/** The OEWS row of a page's occupation, or why there is none. */
function pageWageRow(profile: OccupationProfile, wages: Wages): WageRow | string {
  const codes = profile.occupation.soc;
  if (!codes.length) return 'the page has no SOC code';
  const median = profile.quickFacts?.medianPay;
  if (median?.annual === undefined && median?.hourly === undefined) {
    return 'the page shows no median pay to match';
  }
  const pagePercentiles = profile.pay?.percentiles;
  const candidates = [...new Set([...codes, ...commonGroups(codes)])]
    .map((code) => wages.rows.get(code))
    .filter((row): row is WageRow => row !== undefined);
  const matching = candidates.filter(
    (row) =>
      same(median.annual, row.annual.p50) &&
      same(median.hourly, row.hourly.p50) &&
      PERCENTILES.every(
        (key) =>
          same(pagePercentiles?.annual?.[key], row.annual[key]) &&
          same(pagePercentiles?.hourly?.[key], row.hourly[key]),
      ),
  );
  // A detailed code and its broad group often carry the same estimates: one answer still.
  if (matching.length && matching.every((row) => sameWages(row, matching[0]))) {
    return matching.find((row) => codes.includes(row.code)) ?? matching[0];
  }
  const tried = candidates.map((row) => row.code).join(', ') || 'none in the file';
  return matching.length
    ? `several OEWS rows match its wages (${matching.map((row) => row.code).join(', ')})`
    : `no OEWS row has its wages (tried ${tried})`;
}

/** Why a page's wages are not a row's, for the build's warnings. */
export function explainMismatch(profile: OccupationProfile, wages: Wages): string {
  return JSON.stringify(
    [...new Set([...profile.occupation.soc, ...commonGroups(profile.occupation.soc)])].map(
      (code) => {
        const row = wages.rows.get(code);
        return [code, row?.annual.p10, row?.annual.p50, row?.annual.p90, row?.hourly.p50];
      },
    ),
  );
}

/**
 * The OEWS row of a pay-chart bar: the one titled like the bar ("Total, all occupations" is
 * OEWS's "All Occupations") with the bar's median.
 */
function barWageRow(bar: { label: string; annual?: Money; hourly?: Money }, wages: Wages) {
  const label = bar.label.toLowerCase();
  const rows = [...wages.rows.values()].filter(
    (row) =>
      (row.code === TOTAL_CODE
        ? /^total, all occupations$/.test(label)
        : row.title.toLowerCase() === label) &&
      same(bar.annual, row.annual.p50) &&
      same(bar.hourly, row.hourly.p50),
  );
  return rows.length === 1 || rows.every((row) => sameWages(row, rows[0])) ? rows[0] : undefined;
}

/**
 * The groups all the codes share, nearest first: broad (29-1210), minor (29-1200, 29-1000),
 * major (29-0000). A page of several codes is often one OEWS group.
 */
export function commonGroups(codes: string[]): string[] {
  const groups = [
    (code: string) => `${code.slice(0, 6)}0`,
    (code: string) => `${code.slice(0, 5)}00`,
    (code: string) => `${code.slice(0, 4)}000`,
    (code: string) => `${code.slice(0, 3)}0000`,
  ];
  return groups
    .map((group) => new Set(codes.map(group)))
    .filter((set) => set.size === 1)
    .map((set) => [...set][0])
    .filter((group) => !codes.includes(group));
}

/** A page figure agrees with a table's when the page has none or both are the same. */
function same(page: Money | null | undefined, table: Money | Missing | undefined): boolean {
  if (page === undefined || page === null) return true;
  const value = money(table);
  if (value === undefined) return false;
  return typeof page === 'number'
    ? typeof value === 'number' && Math.abs(page - value) < 0.005
    : typeof value !== 'number' && page.atLeast === value.atLeast;
}

function sameWages(a: WageRow, b: WageRow) {
  return JSON.stringify([a.annual, a.hourly]) === JSON.stringify([b.annual, b.hourly]);
}

function money(value: Money | Missing | undefined): Money | undefined {
  return value === undefined || isMissing(value) ? undefined : value;
}

/** The page's percentiles, with the table's where the page has none. */
function fill(
  page: Percentiles | undefined,
  table: Record<string, Money | Missing | undefined>,
): Percentiles | undefined {
  const merged: Percentiles = {};
  for (const key of PERCENTILES) {
    const value = page?.[key] ?? money(table[key]);
    if (value !== undefined) merged[key] = value;
  }
  return Object.keys(merged).length ? merged : undefined;
}
