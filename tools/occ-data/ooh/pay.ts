/**
 * The Pay tab: the chart's medians, the 10th and 90th percentiles of the median sentence, and the
 * top industries' wages. Figures are the page's own; nothing is recomputed.
 */
import type { Cheerio, CheerioAPI } from 'cheerio';
import type { AnyNode, Element } from 'domhandler';
import type { Money, Pay, Percentiles } from '../../../src/data/types.js';
import { focusIndex, readChart } from './charts.js';
import { optional } from './quick-facts.js';
import { tablesAfter } from './tables.js';
import { clean, readMoney } from './text.js';

export interface PayOptions {
  /** The wage survey's top-coding limits; a percentile at one is "that much or more". */
  topCode?: { annual?: number; hourly?: number };
}

const AMOUNT = String.raw`\$(\d[\d,]*(?:\.\d+)?)`;
const PERCENTILES = new RegExp(
  `lowest 10 percent earned less than ${AMOUNT},? and the highest 10 percent earned more than ${AMOUNT}`,
);
const MEDIAN = new RegExp(`median (annual|hourly) wage for (.*?) was ${AMOUNT}`);

export function readPay(
  $: CheerioAPI,
  pane: Cheerio<AnyNode>,
  focus: { title?: string; annual?: Money; hourly?: Money },
  consumed: Set<Element>,
  warn: (message: string) => void,
  options: PayOptions = {},
): Pay {
  const pay: Pay = {};
  const chart = readChart($, pane);
  if (chart) {
    const basis = /hourly/i.test(chart.caption) ? 'hourly' : 'annual';
    const period =
      /((?:January|February|March|April|May|June|July|August|September|October|November|December) \d{4})/.exec(
        chart.caption,
      )?.[1];
    if (period) pay.period = period;
    const shown = focus[basis];
    const figure = typeof shown === 'number' ? formatShown(shown, basis) : undefined;
    const own = focusIndex(chart.bars, focus.title, figure);
    if (own < 0) warn('pay chart: cannot tell which bar is the occupation');
    pay.medians = chart.bars.map((bar, index) => ({
      label: bar.label,
      ...optional(basis, readMoney(bar.value)),
      ...(index === own ? { focus: true } : {}),
    }));
  } else warn('pay: no chart');

  const percentiles = readPercentiles($, pane, focus, options, warn);
  if (percentiles) pay.percentiles = percentiles;

  // A multi-code page may give the top industries of each detailed occupation instead of the
  // whole's: only a table about the occupation itself (named like it, or the only one) is kept.
  const tables = tablesAfter($, pane, /\btop industries\b/i);
  const whole =
    tables.find((table) => focus.title && subjectOf(table.intro) === focus.title.toLowerCase()) ??
    (tables.length === 1 ? tables[0] : undefined);
  if (whole) {
    consumed.add(whole.table);
    // "median hourly wages … in the top industries" gives hourly figures.
    const basis = /hourly/i.test(whole.intro) ? 'hourly' : 'annual';
    pay.industries = whole.rows.map((row) => ({
      industry: row.label,
      ...optional(basis, readMoney(row.value)),
    }));
  } else if (tables.length) {
    warn(
      `pay: top-industries wages are given only for the detailed occupations (${tables.length} tables); kept as text`,
    );
  } else warn('pay: no top-industries table');
  return pay;
}

/** A figure as the chart prints it: `$50,250`, `$24.16`. */
function formatShown(value: number, basis: 'annual' | 'hourly'): string {
  return `$${value.toLocaleString('en-US', basis === 'hourly' ? { minimumFractionDigits: 2 } : {})}`;
}

/**
 * The 10th and 90th percentiles (and the median) of the sentence about the occupation itself: the
 * one whose median is the quick facts'. A multi-code page may state them only for its detailed
 * occupations; then there are none for the profile. With one sentence and no quick-facts median
 * to compare, that sentence is the occupation's.
 */
function readPercentiles(
  $: CheerioAPI,
  pane: Cheerio<AnyNode>,
  focus: { annual?: Money; hourly?: Money },
  options: PayOptions,
  warn: (message: string) => void,
): Pay['percentiles'] {
  const sentences = pane
    .find('p')
    .toArray()
    .map((p) => clean($(p).text()))
    .filter((text) => PERCENTILES.test(text));
  if (!sentences.length) {
    warn('pay: no 10th/90th percentile sentence');
    return undefined;
  }
  const read = sentences.map((text) => {
    const [, low, high] = PERCENTILES.exec(text)!;
    const median = MEDIAN.exec(text);
    const basis: 'annual' | 'hourly' = median?.[1] === 'hourly' ? 'hourly' : 'annual';
    return { basis, low: amount(low!), high: amount(high!), median: median && amount(median[3]!) };
  });
  const shown = (basis: 'annual' | 'hourly') => focus[basis];
  const own =
    read.find((r) => r.median !== null && r.median === shown(r.basis)) ??
    (read.length === 1 && shown(read[0]!.basis) === undefined ? read[0] : undefined);
  if (!own) {
    warn(
      `pay: the percentile sentences are about the detailed occupations, not the whole (${read.length} sentences, none with the quick-facts median)`,
    );
    return undefined;
  }
  const top = options.topCode?.[own.basis];
  const money = (value: number): Money =>
    top !== undefined && value === top ? { atLeast: value } : value;
  const percentiles: Percentiles = { p10: money(own.low), p90: money(own.high) };
  if (own.median !== null) percentiles.p50 = money(own.median);
  return { [own.basis]: percentiles };
}

const amount = (text: string) => Number(text.replace(/,/g, ''));

/** "In May 2024, the median annual wages for dentists in the top industries…" → "dentists". */
const subjectOf = (intro: string) =>
  /wages? for (.*?) in the top industries/i.exec(intro)?.[1]?.toLowerCase();
