/**
 * The comparison's two charts laid out as numbers (pure, tested without the DOM): the pay
 * percentiles of every occupation on one shared scale, and the projected change as bars around
 * zero. Each row has its label's lines above its marks, wrapped to the chart's width, so long
 * titles never overflow a narrow container.
 */
import { scaleLinear } from 'd3-scale';
import type { Measure } from '../../charts/text.js';
import { wrapText } from '../../charts/text.js';

export interface ChartOptions {
  width: number;
  fontSize: number;
  measure: Measure;
  /** Formats an axis tick. */
  tick: (value: number) => string;
}

export interface Label {
  lines: string[];
  /** Baseline of the first line. */
  y: number;
}

export interface Tick {
  x: number;
  text: string;
}

/** A row's five pay figures (any may be missing). */
export interface RangeDatum {
  label: string;
  p10?: number;
  p25?: number;
  p50?: number;
  p75?: number;
  p90?: number;
  highlighted?: boolean;
}

export interface RangeRow {
  label: Label;
  highlighted: boolean;
  /** Middle of the row's marks. */
  y: number;
  /** The 10th–90th percentile whisker, the 25th–75th box, the median: each when known. */
  whisker?: { x1: number; x2: number };
  box?: { x: number; width: number };
  median?: number;
  /** Where "Not available" is written when the row has no figure. */
  missing?: { x: number; y: number };
}

export interface Layout<R> {
  width: number;
  height: number;
  rows: R[];
  ticks: Tick[];
  /** The axis line's y, the plot's left and right, and where zero is. */
  axisY: number;
  zero: number;
  left: number;
  right: number;
}

const MARK = 18;
const GAP = 14;
const TICKS = 5;

/** Rows of wrapped labels, each followed by a band of marks; the axis and its ticks below. */
function rows<T extends { label: string }, R>(
  data: readonly T[],
  options: ChartOptions,
  domain: [number, number],
  make: (datum: T, label: Label, y: number, x: (value: number) => number) => R,
  /** Room kept free at each side of the plot (for value labels beside the bars). */
  inset = 0,
): Layout<R> {
  const { width, fontSize, measure, tick } = options;
  const lineHeight = Math.round(fontSize * 1.3);
  // As many ticks as fit side by side with a gap (five at most), so their texts never overlap.
  const widest = Math.max(measure(tick(domain[0])), measure(tick(domain[1])));
  const count = Math.max(2, Math.min(TICKS, Math.floor(width / (widest + fontSize * 1.5)) - 1));
  const scale = scaleLinear().domain(domain).nice(count);
  const [first = domain[0], last = domain[1]] = [scale.ticks(count)[0], scale.ticks(count).at(-1)];
  // Room for the first and last tick's text to sit centred on its tick.
  const left = Math.max(inset, Math.ceil(measure(tick(first)) / 2) + 2);
  const right = width - Math.max(inset, Math.ceil(measure(tick(last)) / 2) + 2);
  scale.range([left, Math.max(left + 1, right)]);
  const x = (value: number) => scale(value);
  let y = 0;
  const laid = data.map((datum) => {
    const lines = wrapText(datum.label, width, measure);
    const label = { lines, y: y + fontSize };
    y += lines.length * lineHeight + 4;
    const row = make(datum, label, y + MARK / 2, x);
    y += MARK + GAP;
    return row;
  });
  const axisY = y;
  return {
    width,
    height: axisY + 6 + lineHeight,
    rows: laid,
    ticks: scale.ticks(count).map((value) => ({ x: x(value), text: tick(value) })),
    axisY,
    zero: x(0),
    left,
    right: scale.range()[1]!,
  };
}

const PERCENTILES = ['p10', 'p25', 'p50', 'p75', 'p90'] as const;

/** Every occupation's pay percentiles on one scale from zero, `nice()`-rounded. */
export function layoutRanges(data: readonly RangeDatum[], options: ChartOptions) {
  const values = data.flatMap((datum) =>
    PERCENTILES.map((key) => datum[key]).filter((value): value is number => value !== undefined),
  );
  const max = Math.max(1, ...values);
  return rows(data, options, [0, max], (datum, label, y, x): RangeRow => {
    const { p10, p25, p50, p75, p90 } = datum;
    const low = p10 ?? p25;
    const high = p90 ?? p75;
    const any = [p10, p25, p50, p75, p90].some((value) => value !== undefined);
    return {
      label,
      highlighted: Boolean(datum.highlighted),
      y,
      whisker: low !== undefined && high !== undefined ? { x1: x(low), x2: x(high) } : undefined,
      box:
        p25 !== undefined && p75 !== undefined
          ? { x: x(p25), width: Math.max(1, x(p75) - x(p25)) }
          : undefined,
      median: p50 === undefined ? undefined : x(p50),
      missing: any ? undefined : { x: x(0), y: y + options.fontSize * 0.35 },
    };
  });
}

/** A row's projected percent change (missing when unknown). */
export interface ChangeDatum {
  label: string;
  percent?: number;
  /** The percent as shown beside the bar. */
  text?: string;
  highlighted?: boolean;
}

export interface ChangeRow {
  label: Label;
  highlighted: boolean;
  y: number;
  /** The bar from zero to the value (none when missing). */
  bar?: { x: number; width: number };
  /** The value's text: after the bar's end, on the side away from zero. */
  value: { x: number; anchor: 'start' | 'end'; text?: string };
}

/** Bars around zero: declines to the left, growth to the right, on one `nice()` scale. */
export function layoutChanges(data: readonly ChangeDatum[], options: ChartOptions) {
  const values = data.flatMap((datum) => (datum.percent === undefined ? [] : [datum.percent]));
  const domain: [number, number] = [Math.min(0, ...values), Math.max(0, ...values, 1)];
  // Room beside the bars for their value labels.
  const inset = Math.max(0, ...data.map((datum) => options.measure(datum.text ?? ''))) + 6;
  return rows(
    data,
    options,
    domain,
    (datum, label, y, x): ChangeRow => {
      const zero = x(0);
      const highlighted = Boolean(datum.highlighted);
      if (datum.percent === undefined) {
        return { label, highlighted, y, value: { x: zero + 4, anchor: 'start', text: datum.text } };
      }
      const end = x(datum.percent);
      return {
        label,
        highlighted,
        y,
        bar: { x: Math.min(zero, end), width: Math.max(1, Math.abs(end - zero)) },
        value:
          datum.percent < 0
            ? { x: end - 4, anchor: 'end', text: datum.text }
            : { x: end + 4, anchor: 'start', text: datum.text },
      };
    },
    inset,
  );
}
