// What the hand-written, Chart.js and Highcharts comparison pages share: the money format (one
// formatter per page, as occ-elements caches its own), colours, the description in words, and
// label lines, wrapped by character count (a hand-written page and Chart.js do not measure text).
export const money = new Intl.NumberFormat('en-US', {
  style: 'currency',
  currency: 'USD',
  maximumFractionDigits: 0,
});

export const colors = { bar: '#6f7782', focus: '#005ea2', text: '#1b1b1b', grid: '#e1e4e8' };

/** Splits a label into lines of at most `width` characters. */
export function lines(label, width = 24) {
  const result = [];
  let line = '';
  for (const word of label.split(/\s+/)) {
    if (line && line.length + 1 + word.length > width) {
      result.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) result.push(line);
  return result;
}

/** The description every chart gives in words. */
export const describe = (title, bars) =>
  `${title}. ${bars.map((b) => `${b.label}${b.focus ? ' (highlighted)' : ''}: ${money.format(b.value)}`).join('; ')}.`;
