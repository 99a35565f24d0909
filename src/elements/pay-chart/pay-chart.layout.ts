/**
 * Pure helpers of <occ-pay-chart>: which wages it shows for a basis, the wage-distribution strip's
 * geometry, and the sentences that say the data in words. Tested without the DOM.
 */
import { linearScale } from '../../charts/scale.js';
import type { BarDatum } from '../../charts/bars.layout.js';
import type { Measure } from '../../charts/text.js';
import { formatWage, moneyValue } from '../../data/format.js';
import type { Money, OccupationProfile, PercentileKey } from '../../data/types.js';
import type { ChartsStrings, CoreStrings, PayStrings } from '../../i18n/en.js';

export type Basis = 'annual' | 'hourly';

export interface PayText {
  strings: CoreStrings & ChartsStrings & PayStrings;
  locale: string;
}

export const wageText = (money: Money, basis: Basis, { strings, locale }: PayText) =>
  formatWage(money, locale, strings.orMore, basis === 'hourly');

/**
 * The median-wage bars for a basis, in data order: `pay.medians`, else the occupation's own
 * median from the quick facts. An entry without a wage for the basis is not available, not zero.
 */
export function medianBars(profile: OccupationProfile, basis: Basis, text: PayText): BarDatum[] {
  const medians =
    profile.pay?.medians ??
    (profile.quickFacts?.medianPay
      ? [{ ...profile.quickFacts.medianPay, label: profile.occupation.title, focus: true }]
      : []);
  return medians.map((entry) => {
    const money = entry[basis];
    return {
      label: entry.label,
      value: money === undefined ? undefined : moneyValue(money),
      text: money === undefined ? text.strings.notAvailable : wageText(money, basis, text),
      focus: entry.focus === true,
    };
  });
}

export interface PercentileEntry {
  key: PercentileKey;
  value: number;
  /** Short marker label ("10%", "Median"). */
  name: string;
  /** The wage, e.g. "$26,550". */
  text: string;
}

const ORDER: PercentileKey[] = ['p10', 'p25', 'p50', 'p75', 'p90'];

export function percentileEntries(
  profile: OccupationProfile,
  basis: Basis,
  text: PayText,
): PercentileEntry[] {
  const set = profile.pay?.percentiles?.[basis];
  if (!set) return [];
  return ORDER.filter((key) => set[key] !== undefined).map((key) => ({
    key,
    value: moneyValue(set[key]!),
    name: text.strings.percentile[key],
    text: wageText(set[key]!, basis, text),
  }));
}

/** The OOH sentence: "The lowest 10 percent earned less than $26,550, and the highest …". */
export function distributionSentence(
  profile: OccupationProfile,
  basis: Basis,
  text: PayText,
): string {
  const set = profile.pay?.percentiles?.[basis];
  const format = (money?: Money) =>
    money === undefined ? undefined : wageText(money, basis, text);
  return text.strings.distributionSentence(format(set?.p10), format(set?.p90));
}

export interface StripLabel {
  entry: PercentileEntry;
  /** Marker position on the strip. */
  x: number;
  /** Label block: centre x, and the y of its name and value lines. */
  labelX: number;
  nameY: number;
  valueY: number;
  /** Where the leader line from the marker ends. */
  leaderY: number;
}

export interface StripLayout {
  width: number;
  height: number;
  y: number;
  x1: number;
  x2: number;
  labels: StripLabel[];
}

const MARKER = 6;
const GAP = 4;

/**
 * A range strip from the lowest to the highest percentile given, with a labelled marker for each.
 * Labels take the first free lane (above, below, then further out), so none overlap at any width.
 */
export function layoutStrip(
  entries: readonly PercentileEntry[],
  options: { width: number; fontSize: number; measure: Measure },
): StripLayout {
  const { width, fontSize, measure } = options;
  const lineHeight = Math.round(fontSize * 1.3);
  const block = lineHeight * 2;
  const widths = entries.map((e) => Math.max(measure(e.name), measure(e.text, true)));
  const first = (widths[0] ?? 0) / 2;
  const last = (widths[widths.length - 1] ?? 0) / 2;
  const values = entries.map((e) => e.value);
  const low = Math.min(...values);
  const high = Math.max(...values);
  const range: [number, number] =
    width - first - last > fontSize * 4 ? [first, width - last] : [MARKER, width - MARKER];
  const scale = linearScale(low === high ? [low - 1, high + 1] : [low, high], range);

  // Lanes alternate above and below the strip, each pair further out (lane i is above when i is
  // even, at depth i >> 1); each lane remembers where its last label ends.
  const ends: number[] = [];
  const placed = entries.map((entry, i) => {
    const x = scale(entry.value);
    const w = widths[i]!;
    const labelX = Math.min(Math.max(x, w / 2), width - w / 2);
    const start = labelX - w / 2;
    let lane = ends.findIndex((end) => end + fontSize <= start);
    if (lane < 0) lane = ends.length;
    ends[lane] = start + w;
    return { entry, x, labelX, lane };
  });

  const below = ends.length >> 1;
  const y = (ends.length - below) * (block + GAP) + MARKER + GAP;
  const labels: StripLabel[] = placed.map(({ entry, x, labelX, lane }) => {
    // The leader line ends at the label block's edge nearest the strip.
    const offset = MARKER + GAP + (lane >> 1) * (block + GAP);
    const leaderY = lane % 2 ? y + offset : y - offset;
    const top = lane % 2 ? leaderY : leaderY - block;
    return {
      entry,
      x,
      labelX,
      nameY: top + lineHeight / 2,
      valueY: top + lineHeight * 1.5,
      leaderY,
    };
  });
  return {
    width,
    height: Math.ceil(y + MARKER + GAP + below * (block + GAP)),
    y,
    x1: scale(low),
    x2: scale(high),
    labels,
  };
}
