/**
 * Number, money and percent formatting for the element's language. Formatters are cached per
 * locale and style: building an Intl.NumberFormat costs far more than using one.
 */
import type { Money } from './types.js';

const formatters = new Map<string, Intl.NumberFormat>();

/** The formats used, by name; a formatter is built once per locale and name. */
const FORMATS = {
  dollars: {
    style: 'currency',
    currency: 'USD',
    minimumFractionDigits: 0,
    maximumFractionDigits: 0,
  },
  cents: { style: 'currency', currency: 'USD', minimumFractionDigits: 2, maximumFractionDigits: 2 },
  number: { maximumFractionDigits: 0 },
  percent: { style: 'percent', maximumFractionDigits: 1 },
} satisfies Record<string, Intl.NumberFormatOptions>;

type FormatName = keyof typeof FORMATS;

/**
 * `value` formatted as Intl formats it for US English, without Intl: the first Intl formatter a
 * page builds starts ICU, ~15–25 ms in Chromium (measured), longer than drawing 100 bar charts,
 * and US English is the common case. Intl rounds the number's shortest decimal form half away
 * from zero, and so does this (tests hold the two equal, value for value). Undefined for what
 * it does not cover (exponent forms, non-finite values): Intl formats those.
 */
function formatUS(value: number, name: FormatName): string | undefined {
  // Intl multiplies a percent's fraction by 100 in decimal: the decimal form is shifted likewise.
  const decimal = String(Math.abs(value));
  if (!Number.isFinite(value) || decimal.includes('e')) return undefined;
  const [whole = '', fraction = ''] = decimal.split('.');
  const { maximumFractionDigits: most = 0, minimumFractionDigits: least = 0 } = FORMATS[
    name
  ] as Intl.NumberFormatOptions;
  // The digits to one place past the last one kept, then rounded half up, as a whole number.
  const places = most + (name === 'percent' ? 3 : 1);
  const scaled = BigInt(whole + fraction.padEnd(places, '0').slice(0, places));
  const digits = String((scaled + 5n) / 10n).padStart(most + 1, '0');
  const cut = digits.length - most;
  const kept = least ? digits.slice(cut) : digits.slice(cut).replace(/0+$/, '');
  const integer = digits.slice(0, cut).replace(/\B(?=(\d{3})+$)/g, ',');
  const sign = value < 0 || Object.is(value, -0) ? '-' : '';
  const money = name === 'dollars' || name === 'cents' ? '$' : '';
  return `${sign}${money}${integer}${kept ? `.${kept}` : ''}${name === 'percent' ? '%' : ''}`;
}

/** Whether `locale` is US English, which the elements write without Intl (see formatUS). */
export const isUSEnglish = (locale: string) => locale === 'en-US' || locale === 'en';

/** `value` in the format `name`; a percent is given as 11 for 11 % (Intl takes 0.11). */
function format(value: number, locale: string, name: FormatName): string {
  const number = name === 'percent' ? value / 100 : value;
  const us = isUSEnglish(locale) ? formatUS(number, name) : undefined;
  return us ?? formatter(locale, name).format(number);
}

function formatter(locale: string, name: FormatName): Intl.NumberFormat {
  const key = `${locale}|${name}`;
  let cached = formatters.get(key);
  if (!cached) {
    cached = new Intl.NumberFormat(locale, FORMATS[name]);
    formatters.set(key, cached);
  }
  return cached;
}

/** The amount of a wage, whether exact or top-coded. */
export const moneyValue = (money: Money) => (typeof money === 'number' ? money : money.atLeast);

export const isTopCoded = (money: Money) => typeof money !== 'number';

/** "$40,350" for annual wages; "$19.40" for hourly ones (cents matter below $100). */
export function formatMoney(money: Money, locale: string, hourly = false): string {
  return format(moneyValue(money), locale, hourly ? 'cents' : 'dollars');
}

/** A wage as text: top-coded wages read "$208,000 or more" (the wording comes from `orMore`). */
export function formatWage(
  money: Money,
  locale: string,
  orMore: (amount: string) => string,
  hourly = false,
): string {
  const amount = formatMoney(money, locale, hourly);
  return isTopCoded(money) ? orMore(amount) : amount;
}

/** "215,500" */
export const formatNumber = (value: number, locale: string) => format(value, locale, 'number');

/** "11%", "-5%" (whole percents unless the data has decimals, then one decimal). */
export const formatPercent = (value: number, locale: string) => format(value, locale, 'percent');

const tickFormats = new Map<string, (value: number) => string>();

/**
 * The format of a chart's axis ticks for a locale, the same function each time (so charts that
 * format ticks alike share their drawing): `percent`, `dollars`, or `hourly` (dollars, with cents
 * for a tick that needs them).
 */
export function tickFormat(
  locale: string,
  kind: 'percent' | 'dollars' | 'hourly',
): (value: number) => string {
  const key = `${locale}|${kind}`;
  let cached = tickFormats.get(key);
  if (!cached) {
    cached =
      kind === 'percent'
        ? (value) => format(value, locale, 'percent')
        : (value) =>
            format(
              value,
              locale,
              kind === 'hourly' && !Number.isInteger(value) ? 'cents' : 'dollars',
            );
    tickFormats.set(key, cached);
  }
  return cached;
}

/** Between the years of a period: an en dash, then a word joiner, so no line breaks after it. */
export const PERIOD_DASH = '\u2013\u2060';

/**
 * "2018–28", as the OOH writes a projections period (with an en dash). A line never breaks inside
 * it: a line may break after an en dash, and the word joiner that follows it forbids that.
 */
export function formatPeriod(startYear: number, endYear: number): string {
  const sameCentury = Math.floor(startYear / 100) === Math.floor(endYear / 100);
  return `${startYear}${PERIOD_DASH}${sameCentury ? String(endYear).slice(-2) : endYear}`;
}
