/** Pure helpers of <occ-outlook>: the percent-change bars, the period and the projections rows. */
import type { BarDatum } from '../../charts/bars.layout.js';
import { formatNumber, formatPercent } from '../../data/format.js';
import type { OccupationProfile } from '../../data/types.js';

/** `outlook.changes` in data order, else the occupation's own change from the quick facts. */
export function changeBars(profile: OccupationProfile, locale: string): BarDatum[] {
  const changes =
    profile.outlook?.changes ??
    (profile.quickFacts?.outlook?.percent !== undefined
      ? [
          {
            label: profile.occupation.title,
            percent: profile.quickFacts.outlook.percent,
            focus: true,
          },
        ]
      : []);
  return changes.map((change) => ({
    label: change.label,
    value: change.percent,
    text: formatPercent(change.percent, locale),
    focus: change.focus === true,
  }));
}

export interface ProjectionRow {
  title: string;
  /** SOC code, employment, projected employment, change in percent, change in number. */
  cells: string[];
}

/** The projections table's rows, every figure formatted; absent figures are empty cells. */
export function projectionRows(profile: OccupationProfile, locale: string): ProjectionRow[] {
  const number = (value?: number) => (value === undefined ? '' : formatNumber(value, locale));
  return (profile.outlook?.projections ?? []).map((row) => ({
    title: row.title,
    cells: [
      row.soc ?? '',
      number(row.employment),
      number(row.projectedEmployment),
      row.changePercent === undefined ? '' : formatPercent(row.changePercent, locale),
      number(row.changeCount),
    ],
  }));
}
