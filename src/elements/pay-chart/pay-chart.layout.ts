/**
 * Pure helpers of <occ-pay-chart>: which wages it shows for a basis, the wage-distribution strip's
 * geometry, and the sentences that say the data in words. Tested without the DOM.
 */
import { scaleLinear } from 'd3-scale';
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
 * Each percentile's label lane: the median's furthest above the strip, the 10th and 90th just
 * above it, the 25th and 75th below it. The lanes are the same for every profile, so the strip is
 * always the same height; the 10th and 90th sit at the strip's ends, so only neighbours in a lane
 * can come close, and those are moved apart.
 */
const LANES: Record<PercentileKey, 'far' | 'near' | 'below'> = {
  p10: 'near',
  p25: 'below',
  p50: 'far',
  p75: 'below',
  p90: 'near',
};

/**
 * A range strip from the lowest to the highest percentile given, with a labelled marker for each
 * and a leader line from the marker to its label.
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
  const x = scaleLinear()
    .domain(low === high ? [low - 1, high + 1] : [low, high])
    .range(range);

  // Lanes from the top: far, near, the strip, below.
  const laneTop = { far: 0, near: block + GAP, below: 0 };
  const y = laneTop.near + block + GAP + MARKER;
  laneTop.below = y + MARKER + GAP;

  const placed = entries.map((entry, i) => ({ entry, x: x(entry.value), width: widths[i]! }));
  const centres = new Map<PercentileEntry, number>();
  for (const lane of ['far', 'near', 'below'] as const) {
    const inLane = placed.filter((p) => LANES[p.entry.key] === lane);
    spread(inLane, width, fontSize).forEach((centre, i) => centres.set(inLane[i]!.entry, centre));
  }
  const labels: StripLabel[] = placed.map(({ entry, x: at }) => {
    const lane = LANES[entry.key];
    const top = laneTop[lane];
    return {
      entry,
      x: at,
      labelX: centres.get(entry)!,
      nameY: top + lineHeight / 2,
      valueY: top + lineHeight * 1.5,
      // The leader line ends at the label block's edge nearest the strip.
      leaderY: lane === 'below' ? top : top + block,
    };
  });
  return {
    width,
    height: Math.ceil(laneTop.below + block),
    y,
    x1: x(low),
    x2: x(high),
    labels,
  };
}

/**
 * Centres for labels in one lane (in value order): each as near its marker as the width and its
 * neighbours allow, `gap` apart.
 */
function spread(items: readonly { x: number; width: number }[], width: number, gap: number) {
  const centres = items.map((item) =>
    Math.min(Math.max(item.x, item.width / 2), width - item.width / 2),
  );
  // Push right past the previous label, then back left from the right edge.
  for (let i = 1; i < items.length; i += 1) {
    const least = centres[i - 1]! + items[i - 1]!.width / 2 + gap + items[i]!.width / 2;
    centres[i] = Math.max(centres[i]!, least);
  }
  for (let i = items.length - 1; i >= 0; i -= 1) {
    const most =
      i === items.length - 1
        ? width - items[i]!.width / 2
        : centres[i + 1]! - items[i + 1]!.width / 2 - gap - items[i]!.width / 2;
    centres[i] = Math.min(centres[i]!, most);
  }
  return centres;
}
