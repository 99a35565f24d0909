/**
 * Charts that show the same data at the same size draw the same picture: a page of pay charts
 * for one profile, the charts a profile composes. Charts rendered in the same task share their
 * layout and drawing, keyed by everything they depend on, so the second chart clones the first
 * one's SVG (one native call) instead of measuring and building it again. The cache empties when
 * the task ends, so no drawing outlives the charts that use it. It pays for itself: 100 pay charts
 * render in 1.4× the time of hand-written SVG with it, 3.3× without (`npm run bench`'s comparison,
 * 2026-12-03).
 */
import { drawing, type Shape } from './draw.js';

/** Drawings kept at most within a task; past that the cache starts again. */
const LIMIT = 64;
/**
 * Keys longer than this (a chart of hundreds of rows) are not kept: their drawings are large,
 * and a chart that big is not repeated.
 */
const LONGEST_KEY = 8_000;

const kept = new Map<string, unknown>();

/** `make()`'s result for `key`, made once in a task (until the cache fills up and starts again). */
export function memo<T>(key: string, make: () => T): T {
  if (key.length > LONGEST_KEY) return make();
  let value = kept.get(key) as T | undefined;
  if (value === undefined) {
    if (kept.size >= LIMIT) kept.clear();
    if (!kept.size) setTimeout(() => kept.clear());
    kept.set(key, (value = make()));
  }
  return value;
}

const ids = new WeakMap<object, number>();
let lastId = 0;

/**
 * A number that stands for a function or object in a key: the same one gets the same number. A
 * function made anew for each render gets a new number each time, which costs the cache a miss
 * but can never give a wrong picture.
 */
export function idOf(value: object): number {
  let id = ids.get(value);
  if (id === undefined) ids.set(value, (id = ++lastId));
  return id;
}

/**
 * What a chart says of itself: a short name of its kind ("Bar chart") and its data in words. The
 * title is the figure's caption, announced once there; neither repeats it.
 */
export interface ChartText {
  /** Unique within the element's shadow root. */
  id: string;
  /** What kind of chart, e.g. "Bar chart". */
  name: string;
  /** The data in words: each value, which is highest. */
  description: string;
}

/**
 * A chart's layout and its whole SVG, shared by every chart of the same `key` and `text`: the key
 * names everything else the layout depends on (kind, size, font, tick format, data). `draw` gives
 * the SVG's class and shapes; the frame around them is the same for every chart.
 */
export function sharedChart<L extends { width: number; height: number }>(
  key: string,
  text: ChartText,
  layout: () => L,
  draw: (layout: L) => readonly [className: string, shapes: readonly Shape[]],
): { layout: L; drawing: () => DocumentFragment } {
  return memo(`${key}|${JSON.stringify(text)}`, () => {
    const laidOut = layout();
    return {
      layout: laidOut,
      drawing: drawing(() => [chartFrame(text, laidOut, ...draw(laidOut))]),
    };
  });
}

/**
 * The frame of every chart: an SVG `role="img"` with a short name and a description in words,
 * whose drawing is hidden from assistive tech (the description already says it all). Part of the
 * shared drawing, so a chart's whole SVG is one clone: no template, no attribute bindings.
 */
function chartFrame(
  text: ChartText,
  { width, height }: { width: number; height: number },
  className: string,
  shapes: readonly Shape[],
): Shape {
  return [
    'svg',
    {
      part: 'chart',
      class: `chart ${className}`,
      role: 'img',
      'aria-label': text.name,
      ...(text.description ? { 'aria-describedby': `${text.id}-desc` } : {}),
      width,
      height,
      viewBox: `0 0 ${width} ${height}`,
    },
    ...(text.description ? [['desc', { id: `${text.id}-desc` }, text.description] as const] : []),
    ['g', { 'aria-hidden': 'true' }, ...shapes],
  ];
}

/** The part of a key that names a chart's width and font. */
export const metricsKey = (metrics: { width: number; fontSize: number; measure: object }) =>
  `${metrics.width}|${metrics.fontSize}|${idOf(metrics.measure)}`;
