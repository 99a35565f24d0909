/**
 * Text and figures as the page shows them. The markup has tabs, runs of spaces and `&nbsp;`
 * inside sentences; curly quotes and en dashes are kept as they are.
 */
import type { Money } from '../../../src/data/types.js';

/** Collapses every run of white space (including no-break spaces) into one space, and trims. */
export const clean = (text: string): string => text.replace(/[\s\u00a0]+/g, ' ').trim();

const FIGURE = /-?\d[\d,]*(?:\.\d+)?/;

/** The first figure in a text (`"$50,250 per year"` → 50250, `"-3%"` → -3), or undefined. */
export function firstNumber(text: string): number | undefined {
  const match = FIGURE.exec(text.replace(/[−–](?=\d)/g, '-'));
  return match ? Number(match[0].replace(/,/g, '')) : undefined;
}

/**
 * A wage as the page writes it: `$50,250`, `56,520` (a table's later rows have no `$`),
 * `$239,200 or more` and `This wage is equal to or greater than $239,200 per year` (top-coded).
 */
export function readMoney(text: string): Money | undefined {
  const value = firstNumber(text);
  if (value === undefined) return undefined;
  return /or more|equal to or greater/i.test(text) ? { atLeast: value } : value;
}

/** The years of a period such as `2024–34` or `2024-2034`: { startYear: 2024, endYear: 2034 }. */
export function readPeriod(text: string): { startYear: number; endYear: number } | undefined {
  const match = /(\d{4})\s*[-–—]\s*(\d{2,4})\b/.exec(text);
  if (!match) return undefined;
  const startYear = Number(match[1]);
  const end = match[2]!;
  const endYear = end.length === 4 ? Number(end) : Math.floor(startYear / 100) * 100 + Number(end);
  return { startYear, endYear: endYear < startYear ? endYear + 100 : endYear };
}

/** A four-digit year in a text such as `Number of Jobs, 2024`. */
export function readYear(text: string): number | undefined {
  const match = /\b(19|20)\d{2}\b/.exec(text);
  return match ? Number(match[0]) : undefined;
}
