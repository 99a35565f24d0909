/**
 * A linear scale with d3's tick algorithm (d3-array's `ticks`, the one d3-scale's linear scale
 * uses). d3-scale's `scaleLinear` itself always bundles d3-interpolate, d3-color and d3-format
 * (about 8 KB gzip) for colour interpolation and tick formatting, which these charts never use.
 */
import { ticks } from 'd3-array';

export interface LinearScale {
  (value: number): number;
  /** About `count` round values spanning the domain, as d3 picks them. */
  ticks(count: number): number[];
}

export function linearScale(
  [d0, d1]: readonly [number, number],
  [r0, r1]: readonly [number, number],
): LinearScale {
  const span = d1 - d0 || 1;
  const scale = ((value: number) => r0 + ((value - d0) / span) * (r1 - r0)) as LinearScale;
  // d3's ticks throw for spans near the smallest doubles (5e-324): no ticks rather than no chart.
  scale.ticks = (count) => {
    try {
      return ticks(d0, d1, count);
    } catch {
      return [];
    }
  };
  return scale;
}
