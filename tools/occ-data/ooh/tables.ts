/**
 * The two-column tables of the Work Environment and Pay tabs (`ooh-tab-table`), found by the
 * sentence that introduces each: "The largest employers of … were as follows:", "… in the top
 * industries in which they worked were as follows:".
 */
import type { Cheerio, CheerioAPI } from 'cheerio';
import type { AnyNode, Element } from 'domhandler';
import { clean } from './text.js';

export interface TableRows {
  table: Element;
  /** The sentence before the table. */
  intro: string;
  rows: { label: string; value: string }[];
}

/** The two-column tables of a tab whose introducing sentence matches `intro`, in page order. */
export function tablesAfter($: CheerioAPI, pane: Cheerio<AnyNode>, intro: RegExp): TableRows[] {
  const found: TableRows[] = [];
  for (const table of pane.find('table.ooh-tab-table').toArray()) {
    const sentence = clean($(table).prevAll('p').first().text());
    if (!intro.test(sentence)) continue;
    const rows = $(table)
      .find('tr')
      .toArray()
      .map((row) => {
        const cells = $(row).children('td, th').toArray();
        return {
          label: clean($(cells[0]).text()),
          value: clean($(cells[cells.length - 1]).text()),
        };
      })
      .filter((row) => row.label);
    found.push({ table, intro: sentence, rows });
  }
  return found;
}
