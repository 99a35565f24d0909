/**
 * The Pay and Job Outlook bar charts, as the values the page prints on their bars. The occupation's
 * own bars are light blue, its group's blue and all occupations' red; a multi-code page has a
 * light-blue bar for each detailed occupation too.
 */
import type { Cheerio, CheerioAPI } from 'cheerio';
import type { AnyNode } from 'domhandler';
import { clean } from './text.js';

export interface ChartBar {
  label: string;
  /** The amount as printed, e.g. `$54,270`, `-3%`, `This wage is equal to or greater than $239,200 per year.` */
  value: string;
  /** The bar is one of the occupation's own (light blue). */
  own: boolean;
}

export interface Chart {
  /** e.g. "Median annual wages, May 2024" or "Percent change in employment, projected 2024–34". */
  caption: string;
  bars: ChartBar[];
}

export function readChart($: CheerioAPI, pane: Cheerio<AnyNode>): Chart | undefined {
  const chart = pane.find('.ooh-chart').first();
  if (!chart.length) return undefined;
  const caption = clean(chart.find('h3').first().nextAll('p').first().text());
  const bars: ChartBar[] = [];
  chart.find('dl > dt').each((_, dt) => {
    const label = clean($(dt).text());
    const bar = $(dt).next('dd').find('.value p').first();
    if (!label || !bar.length) return; // the legend row
    bars.push({
      label,
      value: clean(bar.text()),
      own: /\bcms-bar-color-light-blue\b/.test(bar.attr('class') ?? ''),
    });
  });
  return { caption, bars };
}

/**
 * Which bar is the occupation itself: the bar named like the profile's total, else the only own
 * (light-blue) bar, else the own bar showing the quick-facts figure; -1 when none can be told.
 */
export function focusIndex(
  bars: ChartBar[],
  title: string | undefined,
  figure: string | undefined,
): number {
  const named = title
    ? bars.findIndex((bar) => bar.label.toLowerCase() === title.toLowerCase())
    : -1;
  if (named >= 0) return named;
  const own = bars.flatMap((bar, index) => (bar.own ? [index] : []));
  if (own.length === 1) return own[0]!;
  const shown = own.filter((index) => figure !== undefined && bars[index]!.value === figure);
  return shown.length === 1 ? shown[0]! : -1;
}
