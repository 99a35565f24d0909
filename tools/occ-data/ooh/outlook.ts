/**
 * The Job Outlook tab: the chart's percent changes, the openings sentence and the projections
 * table, one row per SOC code plus, on a multi-code page, the total row (which has no code).
 */
import type { Cheerio, CheerioAPI } from 'cheerio';
import type { AnyNode } from 'domhandler';
import type { Outlook, Projection } from '../../../src/data/types.js';
import { focusIndex, readChart } from './charts.js';
import { optional } from './quick-facts.js';
import { clean, firstNumber, readPeriod } from './text.js';
import { byId } from './by-id.js';

const SOC = /^\d{2}-\d{4}$/;

/** The projections table's rows; the first names the occupation as a whole. */
export function readProjections($: CheerioAPI, warn: (message: string) => void): Projection[] {
  const rows = byId($, 'outlook-table').find('tbody tr').toArray();
  const projections = rows.flatMap((row): Projection[] => {
    const title = clean($(row).children('th').first().text());
    const cells = $(row)
      .children('td')
      .toArray()
      .map((cell) => clean($(cell).text()));
    if (!title || cells.length < 5) return [];
    const [soc, employment, projected, percent, count] = cells as [
      string,
      string,
      string,
      string,
      string,
    ];
    if (soc && !SOC.test(soc) && soc !== '—')
      warn(`projections: "${title}" has an unexpected SOC code "${soc}"`);
    return [
      {
        title,
        ...optional('soc', SOC.test(soc) ? soc : undefined),
        ...optional('employment', firstNumber(employment)),
        ...optional('projectedEmployment', firstNumber(projected)),
        ...optional('changePercent', firstNumber(percent)),
        ...optional('changeCount', firstNumber(count)),
      },
    ];
  });
  if (!projections.length) warn('job outlook: no projections table');
  return projections;
}

export function readOutlook(
  $: CheerioAPI,
  pane: Cheerio<AnyNode>,
  focus: { title?: string; percent?: number; phrase?: string; averagePercent?: number },
  projections: Projection[],
  warn: (message: string) => void,
): Outlook {
  const outlook: Outlook = {};
  const chart = readChart($, pane);
  if (chart) {
    Object.assign(outlook, readPeriod(chart.caption));
    const own = focusIndex(
      chart.bars,
      focus.title,
      focus.percent === undefined ? undefined : `${focus.percent}%`,
    );
    if (own < 0) warn('job outlook chart: cannot tell which bar is the occupation');
    outlook.changes = chart.bars.flatMap((bar, index) => {
      const percent = firstNumber(bar.value);
      if (percent === undefined) {
        warn(`job outlook chart: "${bar.label}" has no figure ("${bar.value}")`);
        return [];
      }
      return [{ label: bar.label, percent, ...(index === own ? { focus: true } : {}) }];
    });
    const all = chart.bars.find((bar) => /^total, all occupations$/i.test(bar.label));
    const average = focus.averagePercent ?? (all ? firstNumber(all.value) : undefined);
    if (average !== undefined) outlook.averagePercent = average;
  } else warn('job outlook: no chart');
  if (focus.phrase) outlook.phrase = focus.phrase;

  const openings = pane
    .find('p')
    .toArray()
    .map((p) => clean($(p).text()))
    .map((text) => /about ([\d,]+) openings\b/i.exec(text)?.[1])
    .find(Boolean);
  if (openings) outlook.openingsPerYear = Number(openings.replace(/,/g, ''));
  else warn('job outlook: no openings-per-year sentence');
  if (projections.length) outlook.projections = projections;
  return outlook;
}
