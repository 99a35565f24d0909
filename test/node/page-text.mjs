// @ts-check
// Reads the figures an OOH page shows straight from its HTML text, with regular expressions over
// the markup: a method independent of the pipeline's page reader (cheerio over htmlparser2), so
// the dataset tests can check one against the other.

/** @param {string} html */
export const text = (html) =>
  html
    .replace(/<[^>]*>/g, ' ')
    .replace(/&nbsp;|&#160;/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/&#39;|&rsquo;|’/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/–|&ndash;/g, '-')
    .replace(/\s+/g, ' ')
    .trim();

/** @param {string} value "$50,250" or "194,800" @returns {number} */
export const number = (value) => Number(value.replace(/[$,%\s]/g, ''));

/**
 * @param {string} html
 * @param {string} from a string the part starts at
 * @param {string} to a string after it
 */
const part = (html, from, to) => {
  const start = html.indexOf(from);
  if (start < 0) return '';
  const end = html.indexOf(to, start + from.length);
  return html.slice(start, end < 0 ? undefined : end);
};

/**
 * The Quick Facts table as label → text.
 * @param {string} html
 * @returns {Map<string, string>}
 */
export function quickFacts(html) {
  const table = part(html, 'id="quickfacts"', '</table>');
  const facts = new Map();
  for (const row of table.matchAll(/<tr[^>]*>([\s\S]*?)<\/tr>/g)) {
    const cells = [...row[1].matchAll(/<t([hd])[^>]*>([\s\S]*?)<\/t\1>/g)].map((cell) =>
      text(cell[2]),
    );
    if (cells.length === 2) facts.set(cells[0], cells[1]);
  }
  return facts;
}

/**
 * A wage as the page writes it: "$50,250 per year", or top-coded: "This wage is equal to or
 * greater than $239,200 per year or $115.00 per hour."
 * @param {string} value
 * @param {'year' | 'hour'} unit
 */
export function wage(value, unit) {
  const match = new RegExp(`\\$([\\d,.]+) per ${unit}`).exec(value);
  if (!match) return undefined;
  return /equal to or greater than/.test(value) ? { atLeast: number(match[1]) } : number(match[1]);
}

/**
 * A tab's bar chart: its caption and each bar's label and value text.
 * @param {string} html
 * @param {string} tab e.g. "tab-5"
 */
export function chart(html, tab) {
  const pane = part(html, `id="${tab}"`, '<div id="tab-');
  const block = part(pane, 'class="ooh-chart"', '</dl>');
  if (!block) return undefined;
  const caption = text(/<p>([\s\S]*?)<\/p>/.exec(block)?.[1] ?? '');
  const bars = [...block.matchAll(/<dt[^>]*>([\s\S]*?)<\/dt>\s*<dd[^>]*>([\s\S]*?)<\/dd>/g)]
    .map((m) => ({ label: text(m[1]), value: text(m[2]) }))
    .filter((bar) => bar.label && bar.value);
  return { caption, bars };
}

/**
 * The employment projections table's body rows, cell texts.
 * @param {string} html
 * @returns {string[][]}
 */
export function projectionRows(html) {
  const starts = [...html.matchAll(/<table[^>]*id="outlook-table"/g)];
  if (!starts.length) return [];
  const table = part(html.slice(starts.at(-1)?.index ?? 0), '<tbody', '</tbody>');
  return [...table.matchAll(/<tr[^>]*>([\s\S]*?)<\/tr>/g)]
    .map((row) =>
      [...row[1].matchAll(/<t([hd])[^>]*>([\s\S]*?)<\/t\1>/g)].map((cell) => text(cell[2])),
    )
    .filter((cells) => cells.length >= 6);
}
