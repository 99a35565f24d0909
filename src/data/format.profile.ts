/**
 * Formatting that only <occ-profile> uses (its footer's date), apart from format.ts so that the
 * other elements' pages do not load it.
 */
import { isUSEnglish } from './format.js';

const dateFormatters = new Map<string, Intl.DateTimeFormat>();

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/**
 * "September 4, 2019" for `locale`; `date` is a calendar date (`2019-09-04`), so it is read and
 * written in UTC. Text that is not such a date is returned as it is. US English is written
 * without Intl, like format.ts's formatUS: building the first Intl.DateTimeFormat loads ICU's
 * calendar data, the longest single step of rendering a profile (measured); tests hold the two
 * equal.
 */
export function formatDate(date: string, locale: string): string {
  const parsed = new Date(`${date}T00:00:00Z`);
  if (Number.isNaN(parsed.getTime())) return date;
  if (isUSEnglish(locale)) {
    return `${MONTHS[parsed.getUTCMonth()]} ${parsed.getUTCDate()}, ${parsed.getUTCFullYear()}`;
  }
  let formatter = dateFormatters.get(locale);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' });
    dateFormatters.set(locale, formatter);
  }
  return formatter.format(parsed);
}
