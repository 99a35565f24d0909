/**
 * Text measurement and wrapping for SVG, which does not wrap text itself. Layout functions take
 * a `Measure`, so they stay pure: the browser passes a canvas-backed one, tests a fixed-width one.
 */

/** Width in px of `text` at the chart's font size, bold or not. */
export type Measure = (text: string, bold?: boolean) => number;

/**
 * A canvas-backed measure for a font; reading text metrics this way never forces a page layout.
 * `font` is the CSS font shorthand's family and size part, e.g. `16px "Source Sans 3", sans-serif`.
 */
export function canvasMeasure(size: number, family: string): Measure {
  // One measure (and one cache of widths) per font, shared by every chart that uses it.
  const font = `${size}px ${family}`;
  let shared = measures.get(font);
  if (!shared) measures.set(font, (shared = createMeasure(size, font)));
  return shared;
}

const measures = new Map<string, Measure>();

function createMeasure(size: number, font: string): Measure {
  const context = document.createElement('canvas').getContext('2d');
  if (!context) return (text, bold) => text.length * size * (bold ? 0.6 : 0.56);
  const cache = new Map<string, number>();
  return (text, bold = false) => {
    const key = `${bold ? 'b' : 'n'}${text}`;
    let width = cache.get(key);
    if (width === undefined) {
      context.font = bold ? `bold ${font}` : font;
      width = context.measureText(text).width;
      // Labels recur; long one-off strings (and the prefixes tried when cutting them) do not.
      if (text.length <= 80) cache.set(key, width);
    }
    return width;
  };
}

/** Splits `text` into lines no wider than `maxWidth`; a word longer than a line is cut. */
export function wrapText(text: string, maxWidth: number, measure: Measure, bold = false): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const candidate = line ? `${line} ${word}` : word;
    if (measure(candidate, bold) <= maxWidth) {
      line = candidate;
      continue;
    }
    if (line) lines.push(line);
    line = word;
    // A single word wider than the line (a long URL, say): cut it into pieces that fit, finding
    // each cut by bisection (measuring every shorter prefix is quadratic in the word's length).
    while (measure(line, bold) > maxWidth && line.length > 1) {
      let fits = 1;
      let overflows = line.length;
      while (overflows - fits > 1) {
        const middle = (fits + overflows) >> 1;
        if (measure(line.slice(0, middle), bold) > maxWidth) overflows = middle;
        else fits = middle;
      }
      lines.push(line.slice(0, fits));
      line = line.slice(fits);
    }
  }
  if (line) lines.push(line);
  return lines.length ? lines : [''];
}

/**
 * `text` wrapped to at most `maxLines` lines, the last one cut with an ellipsis when the text is
 * longer: a label takes the same room for every occupation (the full text is in the chart's
 * description and table view).
 */
export function clampLines(
  text: string,
  maxWidth: number,
  maxLines: number,
  measure: Measure,
  bold = false,
): { lines: string[]; cut: boolean } {
  const lines = wrapText(text, maxWidth, measure, bold);
  if (lines.length <= maxLines) return { lines, cut: false };
  const kept = lines.slice(0, maxLines - 1);
  // The last kept line fits the width: only the ellipsis needs room.
  let last = lines[maxLines - 1]!;
  while (last && measure(`${last}…`, bold) > maxWidth) last = last.slice(0, -1);
  kept.push(`${last.trimEnd()}…`);
  return { lines: kept, cut: true };
}
