/**
 * The Quick Facts rows, in the OOH's order, built from the data: labels take their years from the
 * profile (never hard-coded), and a row whose data is absent is left out.
 */
import { formatNumber, formatPercent, formatPeriod, formatWage } from '../../data/format.js';
import type { GlossaryKey, QuickFacts } from '../../data/types.js';
import type { CoreStrings, FiguresStrings, QuickFactsStrings } from '../../i18n/en.js';

export interface QuickFactRow {
  /** Also the glossary key of the row's definition. */
  key: GlossaryKey;
  label: string;
  /** One entry per line of the value cell. */
  values: string[];
}

const period = (range?: { startYear?: number; endYear?: number }) =>
  range?.startYear !== undefined && range.endYear !== undefined
    ? formatPeriod(range.startYear, range.endYear)
    : undefined;

export function quickFactRows(
  facts: QuickFacts,
  strings: CoreStrings & FiguresStrings & QuickFactsStrings,
  locale: string,
): QuickFactRow[] {
  const rows: QuickFactRow[] = [];
  const add = (key: GlossaryKey, label: string, values: (string | undefined)[]) => {
    const present = values.filter((value): value is string => value !== undefined && value !== '');
    if (present.length) rows.push({ key, label, values: present });
  };
  const { medianPay: pay, jobs, outlook, employmentChange: change } = facts;

  add('medianPay', strings.medianPay(pay?.year), [
    pay?.annual !== undefined
      ? strings.perYear(formatWage(pay.annual, locale, strings.orMore))
      : undefined,
    pay?.hourly !== undefined
      ? strings.perHour(formatWage(pay.hourly, locale, strings.orMore, true))
      : undefined,
  ]);
  const phrase = (text?: string) => (text === undefined ? undefined : strings.vocabulary(text));
  add('entryLevelEducation', strings.entryLevelEducation, [phrase(facts.entryLevelEducation)]);
  add('workExperience', strings.workExperience, [phrase(facts.workExperience)]);
  add('onTheJobTraining', strings.onTheJobTraining, [phrase(facts.onTheJobTraining)]);
  add('jobs', strings.jobs(jobs?.year), [
    jobs?.count !== undefined ? formatNumber(jobs.count, locale) : undefined,
  ]);
  if (outlook?.percent !== undefined) {
    const percent = formatPercent(outlook.percent, locale);
    add('outlook', strings.outlook(period(outlook)), [
      outlook.phrase ? `${percent} (${strings.vocabulary(outlook.phrase)})` : percent,
    ]);
  } else if (outlook?.phrase) {
    add('outlook', strings.outlook(period(outlook)), [strings.vocabulary(outlook.phrase)]);
  }
  add('employmentChange', strings.employmentChange(period(change)), [
    change?.count !== undefined ? formatNumber(change.count, locale) : undefined,
  ]);
  return rows;
}
