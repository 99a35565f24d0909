/** A bar chart's SVG (shared through memo.ts) and its description in words. */
import type { Shape } from './draw.js';
import type { ChartsStrings } from '../i18n/en.js';
import { layoutBars, type BarDatum, type BarLayout, type BarLayoutOptions } from './bars.layout.js';
import { idOf, metricsKey, sharedChart, type ChartText } from './memo.js';

/** "A: $44,700; B (highlighted): $40,350; …. Highest: A." (the title is the figure's caption). */
export function describeBars(data: readonly BarDatum[], strings: ChartsStrings): string {
  const items = data.map((d) =>
    strings.item(d.focus ? strings.highlighted(d.label) : d.label, d.text),
  );
  const available = data.filter((d) => d.value !== undefined);
  const highest =
    available.length > 1
      ? available.reduce((top, d) => (d.value! > top.value! ? d : top)).label
      : undefined;
  return strings.describeBars(items, highest);
}

/**
 * The layout and SVG of a bar chart, shared by every chart with the same data, text, size, font
 * and tick format (see memo.ts).
 */
export function barChart(data: readonly BarDatum[], options: BarLayoutOptions, text: ChartText) {
  const { tickFormat, besideMinWidth } = options;
  return sharedChart(
    `bars|${metricsKey(options)}|${besideMinWidth}|${idOf(tickFormat)}|${JSON.stringify(data)}`,
    text,
    () => layoutBars(data, options),
    (layout) => [`bars ${layout.mode}`, barShapes(layout)],
  );
}

/**
 * The drawing: gridlines as one path, then each row's label lines, bar and value (flat, each
 * marked `focus` or `missing` itself: fewer nodes to clone, style and lay out), the zero line and
 * the axis.
 */
function barShapes(layout: BarLayout): Shape[] {
  const { zero, rows, ticks, bands } = layout;
  const grid = bands.flatMap((band) =>
    ticks.map((tick) => `M${tick.x},${band.top}V${band.bottom}`),
  );
  return [
    ['path', { class: 'grid', d: grid.join('') }],
    ...rows.flatMap(({ datum, label, bar, value }) => {
      const focus = datum.focus ? ' focus' : '';
      const shapes = label.map((line): Shape => [
        'text',
        { part: 'label', class: `label${focus}`, x: line.x, y: line.y },
        line.text,
      ]);
      if (bar) {
        shapes.push([
          'rect',
          {
            part: focus ? 'bar bar-focus' : 'bar',
            class: `bar${focus}`,
            ...bar,
            width: Math.max(bar.width, 1),
          },
        ]);
      }
      shapes.push([
        'text',
        {
          part: 'value',
          class: `value${focus}${bar ? '' : ' missing'}`,
          x: value.x,
          y: value.y,
          'text-anchor': value.anchor,
        },
        value.text,
      ]);
      return shapes;
    }),
    ...bands.map((band): Shape => [
      'line',
      { class: 'zero', x1: zero, x2: zero, y1: band.top, y2: band.bottom },
    ]),
    [
      'g',
      { part: 'axis', class: 'axis' },
      ...ticks.map((tick): Shape => [
        'text',
        { class: 'tick', x: tick.x, y: tick.y, 'text-anchor': tick.anchor },
        tick.text,
      ]),
    ],
  ];
}
