/**
 * The Pay tab: the chart's medians, the 10th and 90th percentiles of the median sentence, and the
 * top industries' wages. Figures are the page's own; nothing is recomputed.
 */
import type { Cheerio, CheerioAPI } from 'cheerio';
import type { AnyNode, Element } from 'domhandler';
import type { Money, Pay, Percentiles } from '../../../src/data/types.js';
import { focusIndex, readChart } from './charts.js';
import { optional } from './quick-facts.js';
import { tableAfter } from './tables.js';
import { clean, readMoney } from './text.js';

export interface PayOptions {
  /** The wage survey's top-coding limits; a percentile at one is "that much or more". */
  topCode?: { annual?: number; hourly?: number };
}

const PERCENTILES =
  /lowest 10 percent earned less than \$([\d,.]+),? and the highest 10 percent earned more than \$([\d,.]+)/;
const MEDIAN = /median (annual|hourly) wage for .*? was \$([\d,.]+)/;

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

  const sentence = pane
    .find('p')
    .toArray()
    .map((p) => clean($(p).text()))
    .find((text) => PERCENTILES.test(text));
  if (sentence) {
    const [, low, high] = PERCENTILES.exec(sentence)!;
    const median = MEDIAN.exec(sentence);
    const basis = median?.[1] === 'hourly' ? 'hourly' : 'annual';
    const top = options.topCode?.[basis];
    const money = (text: string): Money => {
      const value = Number(text.replace(/,/g, ''));
      return top !== undefined && value === top ? { atLeast: value } : value;
    };
    const percentiles: Percentiles = { p10: money(low!), p90: money(high!) };
    if (median) percentiles.p50 = money(median[2]!);
    pay.percentiles = { [basis]: percentiles };
  } else warn('pay: no 10th/90th percentile sentence');

  const industries = tableAfter($, pane, /industr/i);
  if (industries) {
    consumed.add(industries.table);
    // "median hourly wages … in the top industries" gives hourly figures.
    const basis = /hourly/i.test(industries.intro) ? 'hourly' : 'annual';
    if (/top industries/i.test(industries.intro)) {
      pay.industries = industries.rows.map((row) => ({
        industry: row.label,
        ...optional(basis, readMoney(row.value)),
      }));
    } else {
      consumed.delete(industries.table);
      warn(`pay: the wage table is not by industry ("${industries.intro}"); kept as text`);
    }
  } else warn('pay: no top-industries table');
  return pay;
}

/** A figure as the chart prints it: `$50,250`, `$24.16`. */
function formatShown(value: number, basis: 'annual' | 'hourly'): string {
  return `$${value.toLocaleString('en-US', basis === 'hourly' ? { minimumFractionDigits: 2 } : {})}`;
}
