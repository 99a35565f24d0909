import { parseArgs } from 'node:util';
import { basename } from 'node:path';
import { buildDataset } from './build-dataset.js';
import type { Dataset } from './build-dataset.js';
import { InputError } from './errors.js';
import { GENERATOR } from './generator.js';
import { writeDataset } from './write-dataset.js';
import type { WriteResult } from './write-dataset.js';

const HELP = `Usage: occ-data build --projections <file> --wages <file> --out <dir> [options]

Builds the occupation profiles and index.json into <dir>: with --ooh, a full profile
(<slug>.json) for every saved Occupational Outlook Handbook page; always, a profile (<soc>.json)
for every detailed occupation in BLS's projections table, numbers only unless one page is that
occupation. The new dataset replaces <dir> only when everything succeeded. Hand-made profiles
(files without the "occ-data" generator marker) and other files in <dir> are kept.

Inputs (.xlsx as BLS publishes them, or CSV):
  --projections <file>         Employment Projections "Occupational projections and worker
                               characteristics" (occupation.xlsx: table 1.2 in 2024-34)
  --wages <file>               OEWS national estimates (national_M2024_dl.xlsx; extracted
                               from the .zip download)
  --out <dir>                  output directory

Options:
  --ooh <folder>               saved OOH profile pages (<slug>.html) of the same edition
  --crosswalk <file>           SOC 2010 to 2018 crosswalk: lets index.json map old codes to
                               current profiles, and tells SOC versions apart in warnings
  --outlook-thresholds <file>  JSON table of outlook phrases ("Much faster than average") by
                               percent change, replacing the built-in one for the cycle
  --wage-year <year>           OEWS reference year, if the wages file does not tell it
  --top-code <dollars>         annual wage that OEWS's "#" stands for, if the wages file does
                               not say (its notes do in the published .xlsx; hourly: / 2080)
  -h, --help                   show this help
  -v, --version                show the version

Exit status: 0 built, 1 bad input or failed build, 2 bad usage, 130 interrupted.
See docs/occ-data.md.`;

export interface Streams {
  stdout: { write(text: string): unknown };
  stderr: { write(text: string): unknown; isTTY?: boolean };
}

/**
 * Runs the CLI and returns the exit status; it never calls `process.exit`, so tests can run it.
 * @param signal aborting stops the build and leaves the output as it was
 */
export async function main(
  args: string[],
  streams: Streams = process,
  signal: AbortSignal,
): Promise<number> {
  const { stdout, stderr } = streams;
  let parsed;
  try {
    parsed = parseArgs({
      args,
      allowPositionals: true,
      options: {
        projections: { type: 'string' },
        wages: { type: 'string' },
        out: { type: 'string' },
        ooh: { type: 'string' },
        crosswalk: { type: 'string' },
        'outlook-thresholds': { type: 'string' },
        'wage-year': { type: 'string' },
        'top-code': { type: 'string' },
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean', short: 'v' },
      },
    });
  } catch (error) {
    return usageError(stderr, (error as Error).message);
  }
  const { values, positionals } = parsed;
  if (values.help) {
    stdout.write(`${HELP}\n`);
    return 0;
  }
  if (values.version) {
    stdout.write(`${GENERATOR}\n`);
    return 0;
  }
  if (positionals.length !== 1 || positionals[0] !== 'build') {
    return usageError(
      stderr,
      positionals.length ? `unknown command "${positionals.join(' ')}"` : 'missing command "build"',
    );
  }
  const missing = ['projections', 'wages', 'out'].filter(
    (name) => !values[name as 'projections' | 'wages' | 'out'],
  );
  if (missing.length) {
    return usageError(stderr, `missing ${missing.map((name) => `--${name}`).join(', ')}`);
  }
  const wageYear = optionalInteger(values['wage-year'], '--wage-year', 1900, 2200);
  const topCode = optionalInteger(values['top-code'], '--top-code', 1, 10_000_000);
  if (typeof wageYear === 'string') return usageError(stderr, wageYear);
  if (typeof topCode === 'string') return usageError(stderr, topCode);

  const progress = new Progress(stderr);
  const outDir = values.out as string;
  try {
    progress.show('Reading inputs');
    const dataset = await buildDataset({
      projections: values.projections as string,
      wages: values.wages as string,
      ooh: values.ooh,
      crosswalk: values.crosswalk,
      outlookThresholds: values['outlook-thresholds'],
      wageYear,
      topCode,
      onProgress: (stage, done, total) => progress.show(`${stage} ${done}/${total}`),
    });
    signal?.throwIfAborted();
    const total = dataset.files.length;
    const result = writeDataset(outDir, dataset.files, {
      edition: dataset.cycle,
      source: dataset.edition,
      soc2010: dataset.soc2010,
      onProgress: (done) => progress.show(`Writing ${done}/${total}`),
    });
    progress.clear();
    for (const { file, reason } of dataset.failures) {
      stderr.write(`occ-data: skipped ${basename(file)}: ${reason}\n`);
    }
    for (const warning of dataset.warnings) stderr.write(`occ-data: warning: ${warning}\n`);
    stdout.write(`${summary(outDir, result, dataset)}\n`);
    return 0;
  } catch (error) {
    progress.clear();
    if (signal?.aborted) {
      stderr.write(`occ-data: interrupted; ${outDir} was left as it was\n`);
      return 130;
    }
    if (error instanceof InputError) {
      stderr.write(`occ-data: ${error.message}\n`);
      return 1;
    }
    stderr.write(`occ-data: build failed; ${outDir} was left as it was\n`);
    stderr.write(`${(error as Error).stack ?? error}\n`);
    return 1;
  }
}

function usageError(stderr: { write(text: string): unknown }, message: string) {
  stderr.write(`occ-data: ${message}\nRun "occ-data --help" for usage.\n`);
  return 2;
}

/**
 * @returns the number, or an error message
 */
function optionalInteger(
  text: string | undefined,
  name: string,
  min: number,
  max: number,
): number | string | undefined {
  if (text === undefined) return undefined;
  const value = Number(text);
  return Number.isInteger(value) && value >= min && value <= max
    ? value
    : `${name} must be a whole number from ${min} to ${max}, got "${text}"`;
}

/**
 * One line: how many profiles went where, the pages skipped, what was kept, the warnings, and
 * which fields are empty and why.
 * @param outDir as the user gave it
 */
function summary(outDir: string, result: WriteResult, dataset: Dataset): string {
  const { generated, handMade, otherFiles } = result;
  const { files, failures, gaps, warnings, pageCount } = dataset;
  const count = (value: number) => value.toLocaleString('en-US');
  const full = files.filter((file) => file.profile.sections?.length);
  const pages = full.filter((file) => !/^\d{2}-\d{4}\.json$/.test(file.name)).length;
  const socFiles = files.length - pages;
  const bySoc = full.length - pages;
  const wrote = pageCount
    ? `${count(pages)} OOH profiles, ${count(socFiles)} occupations by SOC code (${count(bySoc)} of them the OOH profile)`
    : `${count(generated)} occupations`;
  const kept = [
    handMade.length ? `kept ${handMade.length} hand-made (${handMade.join(', ')})` : '',
    otherFiles.length ? `kept ${otherFiles.length} other file(s)` : '',
  ].filter(Boolean);
  const reasons: Map<string, number> = new Map();
  for (const gap of gaps) reasons.set(gap.reason, (reasons.get(gap.reason) ?? 0) + 1);
  const why = [...reasons]
    .sort((a, b) => b[1] - a[1])
    .map(([reason, times]) => `${count(times)} ${reason}`)
    .join('; ');
  return (
    `occ-data: wrote ${wrote} and index.json to ${outDir}` +
    (kept.length ? ` (${kept.join('; ')})` : '') +
    (pageCount
      ? `; OOH pages read: ${count(pageCount - failures.length)} of ${count(pageCount)}, skipped: ${count(failures.length)}`
      : '') +
    `; warnings: ${count(warnings.length)}` +
    `; fields left empty: ${count(gaps.length)}${why ? ` (${why})` : ''}`
  );
}

/** A one-line progress display, shown only when stderr is a terminal. */
class Progress {
  readonly stream: { write(text: string): unknown; isTTY?: boolean };
  readonly enabled: boolean;

  constructor(stream: { write(text: string): unknown; isTTY?: boolean }) {
    this.stream = stream;
    this.enabled = Boolean(stream.isTTY);
  }

  show(text: string) {
    if (this.enabled) this.stream.write(`\r\x1b[2K${text}`);
  }

  clear() {
    if (this.enabled) this.stream.write('\r\x1b[2K');
  }
}
