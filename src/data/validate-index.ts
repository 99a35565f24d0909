/**
 * Checks a document against the index's contract (`src/data/index-types.ts`), with the rules of the
 * profile's check: the first fault is an `OccDataError` of kind `contract` naming its path, e.g.
 * `occupations[3].medianPay.annual: expected a number or {atLeast}, got "40,350"`.
 */
import type { OccupationIndex } from './index-types.js';
import { checkWith, fail, list, money, num, obj, str, type Rule } from './validate.js';

const text = str();
const name = str(1);
const count = num(0, Infinity, true);

const entry = obj(
  {
    title: name,
    slug: name,
    file: name,
    kind: (value, path) => {
      if (value !== 'profile' && value !== 'occupation') {
        fail(path, '"profile" or "occupation"', value);
      }
    },
    soc: list(name, 1),
    url: text,
    coveredBy: text,
    group: text,
    medianPay: obj({ annual: money, hourly: money }),
    education: text,
    experience: text,
    training: text,
    jobs: count,
    outlookPercent: num(-100, 1000),
    outlookPhrase: text,
    employmentChange: num(-Infinity, Infinity, true),
    openings: count,
  },
  ['title', 'slug', 'file', 'kind', 'soc'],
);

/** `soc2010`: an object of lists of slugs. */
const crosswalk: Rule = (value, path) => {
  obj({})(value, path);
  for (const [code, slugs] of Object.entries(value as object)) list(name)(slugs, `${path}.${code}`);
};

const index = obj(
  {
    schemaVersion: (value, path) => {
      if (value !== 1) fail(path, '1 (the contract version this release reads)', value);
    },
    edition: text,
    source: text,
    occupations: list(entry),
    soc2010: crosswalk,
  },
  ['schemaVersion', 'occupations'],
);

/** Returns the document typed as an index, or throws an {@link OccDataError} of kind `contract`. */
export const validateIndex = (document: unknown, url?: string): OccupationIndex =>
  checkWith(index, document, url);
