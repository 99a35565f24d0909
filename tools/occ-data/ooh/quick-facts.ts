/**
 * The Quick Facts table and the glossary the page gives for its terms. Each row's term links to
 * its definition (`inlineId=qf-wage` and so on), which names the row whatever its wording.
 */
import type { CheerioAPI } from 'cheerio';
import type { Glossary, GlossaryKey, QuickFacts } from '../../../src/data/types.js';
import { clean, firstNumber, readMoney, readPeriod, readYear } from './text.js';
import { byId } from './by-id.js';

const TERMS: Record<string, GlossaryKey> = {
  'qf-wage': 'medianPay',
  'qf-education': 'entryLevelEducation',
  'qf-experience': 'workExperience',
  'qf-training': 'onTheJobTraining',
  'qf-number-jobs': 'jobs',
  'qf-outlook': 'outlook',
  'qf-emp-change': 'employmentChange',
};

export interface QuickFactsResult {
  quickFacts: QuickFacts;
  glossary: Glossary;
  /** The keys of rows the table has. */
  found: GlossaryKey[];
}

export function readQuickFacts($: CheerioAPI, warn: (message: string) => void): QuickFactsResult {
  const quickFacts: QuickFacts = {};
  const glossary: Glossary = {};
  const found: GlossaryKey[] = [];
  byId($, 'quickfacts')
    .find('tbody tr')
    .each((_, row) => {
      const term = $(row).find('th a').first();
      const inlineId = /inlineId=([\w-]+)/.exec(term.attr('href') ?? '')?.[1] ?? '';
      const key = TERMS[inlineId];
      const label = clean($(row).find('th').text());
      const value = clean($(row).find('td').text());
      if (!key) {
        warn(`quick facts: an unknown row "${label}" is left out`);
        return;
      }
      found.push(key);
      const definition = clean(byId($, inlineId).find('p').text());
      if (definition) glossary[key] = definition;
      const period = readPeriod(label);
      switch (key) {
        case 'medianPay': {
          const pay = medianPay(value);
          if (!pay.annual && !pay.hourly) warn(`quick facts: no median pay ("${value}")`);
          quickFacts.medianPay = { ...pay, ...optional('year', readYear(label)) };
          break;
        }
        case 'entryLevelEducation':
        case 'workExperience':
        case 'onTheJobTraining':
          if (value) quickFacts[key] = value;
          break;
        case 'jobs':
          quickFacts.jobs = {
            ...optional('count', firstNumber(value)),
            ...optional('year', readYear(label)),
          };
          break;
        case 'outlook': {
          const phrase = /\(([^)]+)\)/.exec(value)?.[1];
          quickFacts.outlook = {
            ...optional('percent', firstNumber(value)),
            ...optional('phrase', phrase && clean(phrase)),
            ...period,
          };
          break;
        }
        case 'employmentChange':
          quickFacts.employmentChange = { ...optional('count', firstNumber(value)), ...period };
          break;
      }
    });
  return { quickFacts, glossary, found };
}

/**
 * `$50,250 per year $24.16 per hour`, `$23.33 per hour`, or (top-coded) `This wage is equal to or
 * greater than $239,200 per year or $115.00 per hour.`
 */
function medianPay(value: string): {
  annual?: ReturnType<typeof readMoney>;
  hourly?: ReturnType<typeof readMoney>;
} {
  const topCoded = /equal to or greater/i.test(value);
  const pay: { annual?: ReturnType<typeof readMoney>; hourly?: ReturnType<typeof readMoney> } = {};
  for (const match of value.matchAll(/\$\s*([\d,]+(?:\.\d+)?)\s*per (year|hour)/g)) {
    const amount = Number(match[1]!.replace(/,/g, ''));
    pay[match[2] === 'year' ? 'annual' : 'hourly'] = topCoded ? { atLeast: amount } : amount;
  }
  return pay;
}

/** `{ [key]: value }` when the value is there, else `{}`: keeps absent figures out of the JSON. */
export function optional<K extends string, V>(key: K, value: V | undefined | ''): { [P in K]?: V } {
  return value === undefined || value === '' ? {} : ({ [key]: value } as { [P in K]?: V });
}
