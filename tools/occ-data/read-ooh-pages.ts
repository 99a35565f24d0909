import { readFile, readdir } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { OccupationProfile } from '../../src/data/types.js';
import { InputError } from './errors.js';
import { OohPageError, readOohPage } from './ooh/read-page.js';
import type { ReadOptions } from './ooh/read-page.js';

/** A page that could not be read, and why in plain words. */
export interface PageFailure {
  file: string;
  reason: string;
}

export interface PageWarning {
  file: string;
  message: string;
}

export interface OohPages {
  dir: string;
  /** in file-name order */
  profiles: OccupationProfile[];
  failures: PageFailure[];
  warnings: PageWarning[];
}

/** What one page gives: its profile and warnings, or why it cannot be read. */
export type PageResult =
  | { file: string; profile: OccupationProfile; warnings: string[] }
  | { file: string; failure: string };

/** Below this many pages, the pages are read in this thread: starting workers costs more. */
const WORKER_THRESHOLD = 16;
const MAX_WORKERS = 4;

/**
 * Reads every saved OOH page (`*.html`) of a folder into a profile. A page that cannot be read is
 * a failure named with its reason; the others go on. The pages are parsed in worker threads,
 * one page at a time each, so only a few pages are in memory at once.
 */
export async function readOohPages(
  dir: string,
  options: ReadOptions & { onProgress?: (done: number, total: number) => void } = {},
): Promise<OohPages> {
  let names: string[];
  try {
    names = (await readdir(dir)).filter((name) => /\.html?$/i.test(name)).sort();
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason =
      code === 'ENOENT' ? 'no such folder' : code === 'ENOTDIR' ? 'not a folder' : String(error);
    throw new InputError(`cannot read the OOH pages (${reason})`, { file: dir });
  }
  if (!names.length) {
    throw new InputError('no saved OOH pages (*.html) in this folder', { file: dir });
  }
  const files = names.map((name) => join(dir, name));
  const { onProgress, ...readOptions } = options;
  const results: PageResult[] = new Array(files.length);
  let done = 0;
  const record = (index: number, result: PageResult) => {
    results[index] = result;
    done += 1;
    onProgress?.(done, files.length);
  };
  const workers = Math.min(MAX_WORKERS, availableParallelism(), Math.ceil(files.length / 8));
  if (files.length < WORKER_THRESHOLD || workers < 2) {
    for (const [index, file] of files.entries())
      record(index, await readPageFile(file, readOptions));
  } else {
    await inWorkers(files, readOptions, workers, record);
  }

  const pages: OohPages = { dir, profiles: [], failures: [], warnings: [] };
  for (const result of results) {
    if ('failure' in result) {
      pages.failures.push({ file: result.file, reason: result.failure });
    } else {
      pages.profiles.push(result.profile);
      for (const message of result.warnings) pages.warnings.push({ file: result.file, message });
    }
  }
  return pages;
}

/** Reads and parses one page; any error becomes the page's failure. */
export async function readPageFile(file: string, options: ReadOptions): Promise<PageResult> {
  try {
    const html = await readFile(file, 'utf8');
    const { profile, warnings } = readOohPage(html, file, options);
    return { file, profile, warnings };
  } catch (error) {
    if (error instanceof OohPageError) return { file, failure: error.reason };
    const reason = (error as NodeJS.ErrnoException).code
      ? `cannot read the file (${(error as Error).message})`
      : `cannot be read as an OOH profile (${(error as Error).message})`;
    return { file, failure: reason };
  }
}

/** Hands the pages to a few workers, the next page to whichever is free. */
function inWorkers(
  files: string[],
  options: ReadOptions,
  count: number,
  record: (index: number, result: PageResult) => void,
): Promise<void> {
  return new Promise((resolve, reject) => {
    let next = 0;
    let running = count;
    const workers: Worker[] = [];
    const fail = (error: Error) => {
      for (const worker of workers) void worker.terminate();
      reject(error);
    };
    for (let n = 0; n < count; n += 1) {
      const worker = new Worker(new URL('./read-ooh-worker.js', import.meta.url), {
        workerData: options,
      });
      workers.push(worker);
      let current = -1;
      const feed = () => {
        if (next < files.length) {
          current = next;
          next += 1;
          worker.postMessage(files[current]);
        } else {
          void worker.terminate();
          running -= 1;
          if (running === 0) resolve();
        }
      };
      worker.on('message', (result: PageResult) => {
        record(current, result);
        feed();
      });
      worker.on('error', fail);
      feed();
    }
  });
}
