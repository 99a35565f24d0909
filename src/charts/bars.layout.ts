/**
 * Geometry of a horizontal bar chart: one bar per entry in data order, a zero baseline that
 * allows negative values (drawn to the left of zero), value labels beside each bar's end, and an
 * axis whose tick count fits the width. Labels sit beside the bars when there is room and above
 * them when narrow; they wrap, so nothing overlaps or leaves the given width.
 */
import { linearScale } from './scale.js';
import { wrapText, type Measure } from './text.js';

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
  ticks: (TextLine & { value: number; anchor: 'start' | 'middle' | 'end' })[];
}

const GAP = 8;

export function layoutBars(data: readonly BarDatum[], options: BarLayoutOptions): BarLayout {
  const { width, fontSize, measure, tickFormat, besideMinWidth = 440 } = options;
  const lineHeight = Math.round(fontSize * 1.3);
  const barHeight = Math.round(fontSize * 1.5);
  const rowGap = Math.round(fontSize * 0.75);
  const values = data.map((d) => d.value).filter((v): v is number => v !== undefined);
  const textWidth = (d: BarDatum) => measure(d.text, d.focus);
  const positiveText = Math.max(0, ...data.filter((d) => (d.value ?? 0) >= 0).map(textWidth));
  const negativeText = Math.max(0, ...data.filter((d) => (d.value ?? 0) < 0).map(textWidth));

  const beside = width >= besideMinWidth;
  const widestLabel = Math.max(0, ...data.map((d) => measure(d.label.slice(0, 200), d.focus)));
  const labelWidth = beside ? Math.min(widestLabel, width * 0.4) : width;
  const plotStart = (beside ? labelWidth + GAP * 2 : 0) + (negativeText ? negativeText + GAP : 0);
  const plotEnd = Math.max(
    plotStart + fontSize * 2,
    width - (positiveText ? positiveText + GAP : 0),
  );

  const domain = [Math.min(0, ...values), Math.max(0, ...values)];
  if (domain[0] === domain[1]) domain[1] = 1; // all zero, or nothing available: still a valid axis
  const scale = linearScale([domain[0]!, domain[1]!], [plotStart, plotEnd]);
  const zero = scale(0);

  let y = 0;
  const rows: BarRow[] = data.map((datum) => {
    // The drawing shows at most 200 characters of a label; the description has all of it.
    const label = datum.label.length > 200 ? `${datum.label.slice(0, 199)}…` : datum.label;
    const lines = wrapText(label, labelWidth, measure, datum.focus);
    const labelHeight = lines.length * lineHeight;
    let barY: number;
    let labelTop: number;
    if (beside) {
      const block = Math.max(labelHeight, barHeight);
      labelTop = y + (block - labelHeight) / 2;
      barY = y + (block - barHeight) / 2;
      y += block + rowGap;
    } else {
      labelTop = y;
      barY = y + labelHeight + 2;
      y = barY + barHeight + rowGap;
    }
    const labelLines = lines.map((text, i) => ({
      text,
      x: 0,
      y: labelTop + lineHeight * (i + 0.5),
    }));
    // The value label sits past the bar's end: left of a negative bar, else right (of zero
    // when there is no bar).
    const end = datum.value === undefined ? zero : scale(datum.value);
    const negative = (datum.value ?? 0) < 0;
    const row: BarRow = {
      datum,
      label: labelLines,
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
  const plotBottom = y - rowGap + GAP / 2;

  // The axis: d3's ticks for the room available, keeping each whose label clears the last kept
  // one (so wide labels, such as "44.700 US$", thin the axis instead of colliding), inside the width.
  const ticks: BarLayout['ticks'] = [];
  const tickCount = Math.max(2, Math.floor((plotEnd - plotStart) / (fontSize * 4)));
  let lastEnd = -Infinity;
  for (const value of scale.ticks(tickCount)) {
    const text = tickFormat(value);
    const w = measure(text);
    const x = scale(value);
    const anchor = x - w / 2 < 0 ? 'start' : x + w / 2 > width ? 'end' : 'middle';
    const start = anchor === 'start' ? x : anchor === 'end' ? x - w : x - w / 2;
    if (start < lastEnd + fontSize / 2) continue;
    lastEnd = start + w;
    ticks.push({ value, text, x, y: plotBottom + GAP / 2 + lineHeight / 2, anchor });
  }
  const bands = beside
    ? [{ top: 0, bottom: plotBottom }]
    : rows.map((row) => {
        const top = row.value.y - barHeight / 2 - 2;
        return { top, bottom: top + barHeight + 4 };
      });
  return {
    width,
    height: Math.ceil(plotBottom + GAP / 2 + lineHeight + 2),
    mode: beside ? 'beside' : 'above',
    zero,
    plot: { left: plotStart, right: plotEnd, top: 0, bottom: plotBottom },
    bands,
    rows,
    ticks,
  };
}
