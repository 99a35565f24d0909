/** Draws a bar layout as an accessible SVG: `role="img"`, named by its title, described in words. */
import { html, nothing, svg } from 'lit';
import type { Strings } from '../i18n/en.js';
import type { BarDatum, BarLayout } from './bars.layout.js';

/** "Bar chart. Median annual wages, May 2018. A: $44,700; B (highlighted): $40,350; … Highest: A." */
export function describeBars(title: string, data: readonly BarDatum[], strings: Strings): string {
  const items = data.map((d) =>
    strings.item(d.focus ? strings.highlighted(d.label) : d.label, d.text),
  );
  const available = data.filter((d) => d.value !== undefined);
  const highest =
    available.length > 1
      ? available.reduce((top, d) => (d.value! > top.value! ? d : top)).label
      : undefined;
  return strings.describeBars(title, items, highest);
}

export interface ChartText {
  /** Unique within the element's shadow root. */
  id: string;
  title: string;
  /** The data in words: what is compared, each value, which is highest. */
  description: string;
}

/**
 * The frame every chart shares: an SVG `role="img"` named by its title and described in words,
 * whose drawing is hidden from assistive tech (the description already says it all).
 */
export function renderChartSvg(
  text: ChartText,
  size: { width: number; height: number },
  className: string,
  drawing: unknown,
) {
  return html`<svg
    part="chart"
    class="chart ${className}"
    role="img"
    aria-labelledby="${text.id}-title"
    aria-describedby="${text.id}-desc"
    width=${size.width}
    height=${size.height}
    viewBox="0 0 ${size.width} ${size.height}"
  >
    <title id="${text.id}-title">${text.title}</title>
    <desc id="${text.id}-desc">${text.description}</desc>
    <g aria-hidden="true">${drawing}</g>
  </svg>`;
}

export function renderBarChart(layout: BarLayout, text: ChartText) {
  const { zero, rows, ticks, bands } = layout;
  return renderChartSvg(
    text,
    layout,
    `bars ${layout.mode}`,
    svg`${bands.map((band) =>
      ticks.map(
        (tick) =>
          svg`<line class="grid" x1=${tick.x} x2=${tick.x} y1=${band.top} y2=${band.bottom}></line>`,
      ),
    )}
    ${rows.map(
      (row) => svg`<g class="row ${row.datum.focus ? 'focus' : ''} ${row.bar ? '' : 'missing'}">
        ${row.label.map(
          (line) =>
            svg`<text part="label" class="label" x=${line.x} y=${line.y}>${line.text}</text>`,
        )}
        ${
          row.bar
            ? svg`<rect part="bar${row.datum.focus ? ' bar-focus' : ''}" class="bar" x=${row.bar.x} y=${row.bar.y}
              width=${Math.max(row.bar.width, 1)} height=${row.bar.height}></rect>`
            : nothing
        }
        <text part="value" class="value" x=${row.value.x} y=${row.value.y} text-anchor=${row.value.anchor}>
          ${row.value.text}
        </text>
      </g>`,
    )}
    ${bands.map(
      (band) =>
        svg`<line class="zero" x1=${zero} x2=${zero} y1=${band.top} y2=${band.bottom}></line>`,
    )}
    <g part="axis" class="axis">
      ${ticks.map(
        (tick) =>
          svg`<text class="tick" x=${tick.x} y=${tick.y} text-anchor=${tick.anchor}>${tick.text}</text>`,
      )}
    </g>`,
  );
}
