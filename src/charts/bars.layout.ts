/**
 * Geometry of a horizontal bar chart: one bar per entry in data order, a zero baseline that
 * allows negative values (drawn to the left of zero), value labels beside each bar's end, and a
 * niced axis whose tick count fits the width. Labels sit beside the bars when there is room
 * (up to two lines) and above them when narrow (one line); a longer label ends with an ellipsis.
 * So a chart's height depends only on its number of rows, its width and font, never on its
 * text: every occupation's chart, and the loading placeholder, is the same shape.
 */
import { rowBands, valueAxis, type AxisTick } from './scale.js';
import { clampLines, type Measure } from './text.js';

export interface BarDatum {
  label: string;
  /** Absent: the entry is shown as not available, without a bar. */
  value?: number;
  /** The value label, e.g. "$40,350" or "$208,000 or more". */
  text: string;
  focus?: boolean;
}

export interface BarLayoutOptions {
  width: number;
  fontSize: number;
  measure: Measure;
  /** Tick label text, e.g. money or percent. */
  tickFormat: (value: number) => string;
  /** Below this width, labels go above the bars. */
  besideMinWidth?: number;
}

export interface TextLine {
  text: string;
  x: number;
  y: number;
}

export interface BarRow {
  datum: BarDatum;
  label: TextLine[];
  /** Whether the label was cut to fit its lines (its whole text is in the description and the table view). */
  cut: boolean;
  /** Absent when the value is not available. */
  bar?: { x: number; y: number; width: number; height: number };
  value: TextLine & { anchor: 'start' | 'end' };
}

export interface BarLayout {
  width: number;
  height: number;
  mode: 'beside' | 'above';
  /** x of the zero baseline. */
  zero: number;
  plot: { left: number; right: number; top: number; bottom: number };
  /** Vertical spans where the zero line and gridlines are drawn: the whole plot beside the
   * labels, only each bar's own band when the labels sit above the bars (so no line crosses them). */
  bands: { top: number; bottom: number }[];
  rows: BarRow[];
  ticks: (AxisTick & { y: number })[];
}

const GAP = 8;
/** Label lines per row: beside the bars, and above them. */
const LINES_BESIDE = 2;
const LINES_ABOVE = 1;

export function layoutBars(data: readonly BarDatum[], options: BarLayoutOptions): BarLayout {
  const { width, fontSize, measure, tickFormat, besideMinWidth = 560 } = options;
  const lineHeight = Math.round(fontSize * 1.3);
  const barHeight = Math.round(fontSize * 1.5);
  const rowGap = Math.round(fontSize * 0.75);
  const textWidth = (d: BarDatum) => measure(d.text, d.focus);
  const positiveText = Math.max(0, ...data.filter((d) => (d.value ?? 0) >= 0).map(textWidth));
  const negativeText = Math.max(0, ...data.filter((d) => (d.value ?? 0) < 0).map(textWidth));

  const beside = width >= besideMinWidth;
  const maxLines = beside ? LINES_BESIDE : LINES_ABOVE;
  const widestLabel = Math.max(0, ...data.map((d) => measure(d.label.slice(0, 200), d.focus)));
  const labelWidth = beside ? Math.min(widestLabel, width * 0.4) : width;
  const plotStart = (beside ? labelWidth + GAP * 2 : 0) + (negativeText ? negativeText + GAP : 0);
  const values = data.flatMap((d) => (d.value === undefined ? [] : [d.value]));
  const axisFor = (end: number) =>
    valueAxis(values, [plotStart, end], { width, fontSize, measure, format: tickFormat });
  // Every value label past its bar's end, inside the width.
  const labelsFit = ({ scale }: ReturnType<typeof axisFor>) =>
    data.every((d) => (d.value ?? 0) < 0 || scale(d.value ?? 0) + GAP / 2 + textWidth(d) <= width);
  // A niced axis ends past the largest value, so the value labels often fit inside the plot:
  // try the plot to the last tick label's half-width from the edge first; else leave room for
  // the widest value label past the plot.
  const endAt = (end: number) => axisFor(Math.max(plotStart + fontSize * 2, end));
  const lastTick = endAt(width - GAP).ticks.at(-1);
  const roomy = endAt(width - (lastTick ? measure(lastTick.text) / 2 : GAP));
  const axis = labelsFit(roomy) ? roomy : endAt(width - (positiveText ? positiveText + GAP : 0));
  const plotEnd = axis.scale.range()[1]!;
  const x = axis.scale;
  const zero = x(0);

  // Every row is as tall as its label lines allow at most, whatever its label says.
  const labelHeight = maxLines * lineHeight;
  const rowHeight = beside ? Math.max(labelHeight, barHeight) : labelHeight + 2 + barHeight;
  const band = rowBands(data.length, { height: rowHeight, gap: rowGap });

  const rows: BarRow[] = data.map((datum, i) => {
    const top = band(i)!;
    const { lines, cut } = clampLines(datum.label, labelWidth, maxLines, measure, datum.focus);
    // Beside the bar, the label's lines are centred on it; above it, they start at the top.
    const labelTop = beside ? top + (rowHeight - lines.length * lineHeight) / 2 : top;
    const barY = beside ? top + (rowHeight - barHeight) / 2 : top + labelHeight + 2;
    // The value label sits past the bar's end: left of a negative bar, else right (of zero
    // when there is no bar).
    const end = datum.value === undefined ? zero : x(datum.value);
    const negative = (datum.value ?? 0) < 0;
    const row: BarRow = {
      datum,
      label: lines.map((text, line) => ({ text, x: 0, y: labelTop + lineHeight * (line + 0.5) })),
      cut,
      value: {
        text: datum.text,
        x: negative ? end - GAP / 2 : end + GAP / 2,
        y: barY + barHeight / 2,
        anchor: negative ? 'end' : 'start',
      },
    };
    if (datum.value !== undefined) {
      row.bar = { x: Math.min(zero, end), y: barY, width: Math.abs(end - zero), height: barHeight };
    }
    return row;
  });
  const plotBottom = (data.length ? band(data.length - 1)! + rowHeight : 0) + GAP / 2;

  const bands = beside
    ? [{ top: 0, bottom: plotBottom }]
    : rows.map((row) => {
        const top = row.value.y - barHeight / 2 - 2;
        return { top, bottom: top + barHeight + 4 };
      });
  const tickY = plotBottom + GAP / 2 + lineHeight / 2;
  return {
    width,
    height: Math.ceil(plotBottom + GAP / 2 + lineHeight + 2),
    mode: beside ? 'beside' : 'above',
    zero,
    plot: { left: plotStart, right: plotEnd, top: 0, bottom: plotBottom },
    bands,
    rows,
    ticks: axis.ticks.map((tick) => ({ ...tick, y: tickY })),
  };
}
