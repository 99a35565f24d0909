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

function formatter(locale: string, name: keyof typeof FORMATS): Intl.NumberFormat {
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
  return formatter(locale, hourly ? 'cents' : 'dollars').format(moneyValue(money));
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
export const formatNumber = (value: number, locale: string) =>
  formatter(locale, 'number').format(value);

/** "11%", "-5%" (whole percents unless the data has decimals, then one decimal). */
export const formatPercent = (value: number, locale: string) =>
  formatter(locale, 'percent').format(value / 100);

/** "2018-28", as the OOH writes a projections period. */
export function formatPeriod(startYear: number, endYear: number): string {
  const sameCentury = Math.floor(startYear / 100) === Math.floor(endYear / 100);
  return `${startYear}-${sameCentury ? String(endYear).slice(-2) : endYear}`;
}
