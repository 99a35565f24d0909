/**
 * Checks a document against the data contract (mirrors `schema/occupation-profile.schema.json`;
 * the tests hold the two to the same verdicts). Hand-written rather than a JSON Schema engine:
 * engines such as Ajv compile each schema with `new Function`, which the strict
 * Content-Security-Policy pages the elements support (`script-src 'self'`) refuse.
 */
import { OccDataError } from './errors.js';
import { GLOSSARY_KEYS, type OccupationProfile } from './types.js';

/** The rules are shared with the index's check (validate-index.ts). */
export type Rule = (value: unknown, path: string) => void;

class Violation extends Error {}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'string') {
    const text = value.length > 40 ? `${value.slice(0, 40)}…` : value;
    return JSON.stringify(text);
  }
  if (typeof value === 'object') return 'an object';
  return String(value);
}

export function fail(path: string, expected: string, value: unknown): never {
  throw new Violation(`${path || '(document)'}: expected ${expected}, got ${describe(value)}`);
}

const join = (path: string, key: string | number) =>
  typeof key === 'number' ? `${path}[${key}]` : path ? `${path}.${key}` : key;

export const str =
  (minLength = 0): Rule =>
  (value, path) => {
    if (typeof value !== 'string') fail(path, 'text', value);
    if (value.length < minLength) fail(path, 'non-empty text', value);
  };

export const num =
  (min = -Infinity, max = Infinity, integer = false): Rule =>
  (value, path) => {
    const kind = integer ? 'a whole number' : 'a number';
    if (typeof value !== 'number' || !Number.isFinite(value)) fail(path, kind, value);
    if (integer && !Number.isInteger(value)) fail(path, kind, value);
    if (value < min || value > max) {
      const range = max === Infinity ? `of at least ${min}` : `between ${min} and ${max}`;
      fail(path, `${kind} ${range}`, value);
    }
  };

const bool: Rule = (value, path) => {
  if (typeof value !== 'boolean') fail(path, 'true or false', value);
};

export const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Unknown keys are ignored, as the contract says; `required` keys must be present. */
export const obj =
  (shape: Record<string, Rule>, required: string[] = []): Rule =>
  (value, path) => {
    if (!isObject(value)) fail(path, 'an object', value);
    for (const key of required) {
      if (value[key] === undefined)
        throw new Violation(`${join(path, key)}: required, but missing`);
    }
    for (const [key, rule] of Object.entries(shape)) {
      if (value[key] !== undefined) rule(value[key], join(path, key));
    }
  };

export const list =
  (item: Rule, minItems = 0): Rule =>
  (value, path) => {
    if (!Array.isArray(value)) fail(path, 'a list', value);
    if (value.length < minItems) fail(path, `a list of at least ${minItems}`, value);
    value.forEach((entry, index) => item(entry, join(path, index)));
  };

export const money: Rule = (value, path) => {
  const top = isObject(value) ? value['atLeast'] : undefined;
  const amount = typeof value === 'number' ? value : top;
  if (typeof amount !== 'number' || !Number.isFinite(amount) || amount < 0) {
    fail(path, 'a number or {atLeast}', value);
  }
};

const text = str();
const year = num(1900, 2200, true);
const count = num(0, Infinity, true);
const change = num(-Infinity, Infinity, true);
const growth = num(-100, 1000);
const percentiles = obj({ p10: money, p25: money, p50: money, p75: money, p90: money });

/** A profile's file stem: an OOH slug or a SOC code; never a path or a URL. */
const slug: Rule = (value, path) => {
  if (typeof value !== 'string' || !/^[A-Za-z0-9][A-Za-z0-9._-]*$/.test(value)) {
    fail(path, 'a slug (letters, digits, ".", "_" and "-")', value);
  }
};
const link = obj({ text, href: text, slug }, ['text', 'href']);
const richText: Rule = (value, path) => {
  if (typeof value === 'string') return;
  if (!Array.isArray(value)) fail(path, 'text, or a list of text and links', value);
  value.forEach((run, index) => {
    if (typeof run !== 'string') link(run, join(path, index));
  });
};

const block: Rule = (value, path) => {
  if (!isObject(value)) fail(path, 'an object', value);
  if (value['type'] === 'list') obj({ items: list(richText) }, ['items'])(value, path);
  else if (value['type'] === 'paragraph' || value['type'] === 'heading') {
    obj({ text: richText }, ['text'])(value, path);
  } else fail(join(path, 'type'), '"paragraph", "heading" or "list"', value['type']);
};

const profile = obj(
  {
    schemaVersion: (value, path) => {
      if (value !== 1) fail(path, '1 (the contract version this release reads)', value);
    },
    occupation: obj(
      {
        title: str(1),
        soc: list(str(1), 1),
        summary: text,
        url: text,
        slug,
        group: text,
        coveredBy: link,
      },
      ['title', 'soc'],
    ),
    source: obj({
      publisher: text,
      title: text,
      edition: text,
      lastModified: (value, path) => {
        if (typeof value !== 'string' || !/^[0-9]{4}-[0-9]{2}-[0-9]{2}$/.test(value)) {
          fail(path, 'a date as YYYY-MM-DD', value);
        }
      },
      citation: text,
      dataUrl: text,
    }),
    quickFacts: obj({
      medianPay: obj({ annual: money, hourly: money, year }),
      entryLevelEducation: text,
      workExperience: text,
      onTheJobTraining: text,
      jobs: obj({ count, year }),
      outlook: obj({ percent: growth, phrase: text, startYear: year, endYear: year }),
      employmentChange: obj({ count: change, startYear: year, endYear: year }),
    }),
    pay: obj({
      period: text,
      medians: list(obj({ label: text, annual: money, hourly: money, focus: bool }, ['label'])),
      percentiles: obj({ annual: percentiles, hourly: percentiles }),
      industries: list(obj({ industry: text, annual: money, hourly: money }, ['industry'])),
    }),
    outlook: obj({
      startYear: year,
      endYear: year,
      averagePercent: growth,
      phrase: text,
      openingsPerYear: count,
      changes: list(obj({ label: text, percent: growth, focus: bool }, ['label', 'percent'])),
      projections: list(
        obj(
          {
            title: text,
            soc: text,
            employment: count,
            projectedEmployment: count,
            changePercent: growth,
            changeCount: change,
          },
          ['title'],
        ),
      ),
    }),
    employers: obj({
      year,
      industries: list(obj({ industry: text, percent: num(0, 100) }, ['industry'])),
    }),
    similar: list(
      obj(
        { title: text, duties: text, entryLevelEducation: text, medianPay: money, url: text, slug },
        ['title'],
      ),
    ),
    sections: list(obj({ id: str(1), title: text, about: text, blocks: list(block) }, ['id'])),
    contacts: list(obj({ name: str(1), url: text, slug, group: text }, ['name'])),
    glossary: obj(Object.fromEntries(GLOSSARY_KEYS.map((key) => [key, text]))),
  },
  ['schemaVersion', 'occupation'],
);

/**
 * Returns the document typed as a profile, or throws an {@link OccDataError} of kind `contract`
 * whose message names the first fault, e.g.
 * `quickFacts.medianPay.annual: expected a number or {atLeast}, got "40,350"`.
 */
export const validateProfile = (document: unknown, url?: string): OccupationProfile =>
  checkWith(profile, document, url);

/** The document, typed, if `rule` passes; else an {@link OccDataError} of kind `contract` naming the first fault. */
export function checkWith<T>(rule: Rule, document: unknown, url?: string): T {
  try {
    rule(document, '');
  } catch (error) {
    if (!(error instanceof Violation)) throw error;
    const path = error.message.slice(0, error.message.indexOf(':'));
    throw new OccDataError('contract', error.message, { url, path, reason: error.message });
  }
  return document as T;
}
