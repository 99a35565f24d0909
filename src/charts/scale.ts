/**
 * Value axes and row positions, from d3-scale. A value axis is `scaleLinear().nice()`, so its
 * last tick covers the largest value, with as many evenly spaced ticks as the width holds with
 * room between their labels; rows are the bands of a `scaleBand`.
 */
import { scaleBand, scaleLinear, type ScaleBand, type ScaleLinear } from 'd3-scale';
import type { Measure } from './text.js';

export interface AxisTick {
  value: number;
  text: string;
  x: number;
  anchor: 'start' | 'middle' | 'end';
}

export interface AxisOptions {
  /** The chart's width: tick labels stay inside 0…width. */
  width: number;
  fontSize: number;
  measure: Measure;
  format: (value: number) => string;
}

/** Tick labels at least this many font sizes apart, and ticks at least this many. */
const LABEL_GAP = 0.4;
const TICK_SPACING = 4.5;
const MOST_TICKS = 11;

/**
 * A linear scale from `values` (zero included) onto `range`, niced, and its ticks: d3's ticks for
 * the largest count whose labels fit, trying fewer until they do. Ticks are never thinned one by
 * one, so they stay evenly spaced.
 */
export function valueAxis(
  values: readonly number[],
  range: readonly [number, number],
  options: AxisOptions,
): { scale: ScaleLinear<number, number>; ticks: AxisTick[] } {
  const { fontSize, measure } = options;
  const finite = values.filter(Number.isFinite);
  const low = Math.min(0, ...finite);
  let high = Math.max(0, ...finite);
  if (low === high) high = 1; // all zero, or nothing available: still a valid axis
  // d3's tick count is a hint (it rounds the step to 1, 2 or 5 times a power of ten): try counts
  // from the most that could fit down, for the first axis with at most MOST_TICKS ticks,
  // TICK_SPACING font sizes apart, whose labels clear each other. On a very narrow chart, where
  // none is, the first whose labels clear each other; an axis has two ticks at least.
  const room = Math.floor((range[1] - range[0]) / (fontSize * TICK_SPACING));
  const most = Number.isFinite(room) ? Math.min(Math.max(room, 1), MOST_TICKS) : 1;
  const axes: { scale: ScaleLinear<number, number>; ticks: AxisTick[] }[] = [];
  for (let count = most; count >= 1; count -= 1) {
    const scale = scaleLinear().domain([low, high]).range(range).nice(count);
    const ticks = placeTicks(scale, count, options);
    if (ticks.length >= 2 || !axes.length) axes.push({ scale, ticks });
  }
  const apart = (axis: (typeof axes)[number]) =>
    labelsApart(axis.ticks, measure, fontSize * LABEL_GAP);
  const spaced = (axis: (typeof axes)[number]) =>
    axis.ticks.length <= MOST_TICKS &&
    (axis.ticks.length < 2 || axis.ticks[1]!.x - axis.ticks[0]!.x >= fontSize * TICK_SPACING);
  return axes.find((axis) => spaced(axis) && apart(axis)) ?? axes.find(apart) ?? axes.at(-1)!;
}

function placeTicks(
  scale: ScaleLinear<number, number>,
  count: number,
  { width, measure, format }: AxisOptions,
): AxisTick[] {
  let values: number[];
  try {
    values = scale.ticks(count);
  } catch {
    return []; // d3's ticks throw for spans near the smallest doubles (5e-324): no ticks, still a chart
  }
  return values.map((value) => {
    const text = format(value);
    const x = scale(value);
    const half = measure(text) / 2;
    const anchor = x - half < 0 ? 'start' : x + half > width ? 'end' : 'middle';
    return { value, text, x, anchor };
  });
}

/** The horizontal extent of a tick's label. */
export function tickExtent(tick: AxisTick, measure: Measure): [number, number] {
  const w = measure(tick.text);
  const start =
    tick.anchor === 'start' ? tick.x : tick.anchor === 'end' ? tick.x - w : tick.x - w / 2;
  return [start, start + w];
}

function labelsApart(ticks: readonly AxisTick[], measure: Measure, gap: number): boolean {
  return ticks.every(
    (tick, i) =>
      i === 0 || tickExtent(ticks[i - 1]!, measure)[1] + gap <= tickExtent(tick, measure)[0],
  );
}

/**
 * Rows of `height` with `gap` between them, from `top`: row i's band starts at `rows(i)` and is
 * `rows.bandwidth()` tall.
 */
export function rowBands(
  count: number,
  { top = 0, height, gap }: { top?: number; height: number; gap: number },
): ScaleBand<number> {
  const step = height + gap;
  return scaleBand<number>()
    .domain(Array.from({ length: count }, (_, i) => i))
    .range([top, top + count * step - gap])
    .paddingInner(gap / step);
}
