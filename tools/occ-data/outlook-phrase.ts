import { readFile } from 'node:fs/promises';
import { InputError } from './errors.js';

/**
 * How the OOH words a projected percent change, per projections cycle. Bands run from the
 * highest: the first band whose `atLeast` the rounded percent reaches gives the phrase, and the
 * last band has no `atLeast`. Another cycle's table, or a corrected one, is passed with
 * `--outlook-thresholds <file.json>` in the same shape; see docs/occ-data.md.
 */
export interface Band {
  atLeast?: number;
  phrase: string;
}

export interface OutlookThresholds {
  source: string;
  bands: Band[];
}

export const OUTLOOK_THRESHOLDS: Record<string, OutlookThresholds> = {
  // Read off the 342 profiles of the OOH 2024-34 edition (average growth 3 percent): each
  // phrase's lowest rounded percent. Every page agrees with these bands, and no two phrases
  // overlap (test/node/outlook-bands.test.mjs checks both against the pages).
  '2024-34': {
    source:
      'Derived from the percent and phrase of all 342 profiles of the Occupational Outlook Handbook, 2024-34 edition (average growth 3 percent); every profile agrees',
    bands: [
      { atLeast: 7, phrase: 'Much faster than average' },
      { atLeast: 5, phrase: 'Faster than average' },
      { atLeast: 3, phrase: 'As fast as average' },
      { atLeast: 1, phrase: 'Slower than average' },
      { atLeast: 0, phrase: 'Little or no change' },
      { phrase: 'Decline' },
    ],
  },
  // The OOH 2019-20 edition (2018-28 projections) says "The average growth rate for all
  // occupations is 5 percent" and shows 29-2071's 11 percent as "Much faster than average".
  // The other cut-offs are a reconstruction from the wording of OOH 2019-20 profiles, not a
  // copy of a BLS table: see docs/occ-data.md before relying on them.
  '2018-28': {
    source:
      'Reconstructed from the Occupational Outlook Handbook, 2019-20 edition (2018-28 projections; average growth 5 percent); not a verbatim BLS table',
    bands: [
      { atLeast: 10, phrase: 'Much faster than average' },
      { atLeast: 7, phrase: 'Faster than average' },
      { atLeast: 4, phrase: 'As fast as average' },
      { atLeast: 2, phrase: 'Slower than average' },
      { atLeast: -1, phrase: 'Little or no change' },
      { phrase: 'Decline' },
    ],
  },
};

/**
 * @param roundedPercent the percent as shown, e.g. 11
 */
export function outlookPhrase(roundedPercent: number, thresholds: OutlookThresholds): string {
  const band = thresholds.bands.find(
    (candidate) => candidate.atLeast === undefined || roundedPercent >= candidate.atLeast,
  );
  return (band as Band).phrase;
}

/**
 * Reads and checks a thresholds file given with `--outlook-thresholds`.
 */
export async function readOutlookThresholds(file: string): Promise<OutlookThresholds> {
  let text;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    throw new InputError(`cannot read the file (${(error as Error).message})`, {
      file,
    });
  }
  let value;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new InputError(`not valid JSON (${(error as Error).message})`, { file });
  }
  const problem = thresholdsProblem(value);
  if (problem) throw new InputError(problem, { file });
  return value;
}

/**
 * @returns what is wrong with it, if anything
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- checked field by field below
function thresholdsProblem(value: any): string | undefined {
  const shape =
    'expected { "source": "...", "bands": [{ "atLeast": 10, "phrase": "..." }, ..., { "phrase": "..." }] }';
  if (typeof value?.source !== 'string' || !Array.isArray(value.bands) || !value.bands.length) {
    return shape;
  }
  const bands: Band[] = value.bands;
  for (const [index, band] of bands.entries()) {
    const last = index === bands.length - 1;
    if (typeof band?.phrase !== 'string' || !band.phrase) {
      return `band ${index + 1} needs a "phrase"; ${shape}`;
    }
    if (last !== (band.atLeast === undefined)) {
      return `every band but the last needs a numeric "atLeast", and the last none; ${shape}`;
    }
    if (!last && typeof band.atLeast !== 'number') {
      return `band ${index + 1}: "atLeast" must be a number`;
    }
    const next = bands[index + 1];
    if (next?.atLeast !== undefined && (band.atLeast as number) <= next.atLeast) {
      return `bands must run from the highest "atLeast" down (band ${index + 1} vs ${index + 2})`;
    }
  }
  return undefined;
}
