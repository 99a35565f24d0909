import type { OccupationProfile } from '../../src/data/types.js';
import {
  chmodSync,
  cpSync,
  existsSync,
  linkSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { formatIndex, indexEntry } from './build-index.js';
import { isGenerated } from './generator.js';
import type { IndexEntry } from './build-index.js';

const INDEX_FILE = 'index.json';

/** Suffix of the old dataset's name while `swapIn` replaces it. */
const PREVIOUS_SUFFIX = '.previous';

export interface WriteOptions {
  /** for index.json: the cycle, e.g. "2024-34" */
  edition?: string;
  /** for index.json: the tables, e.g. "Employment Projections 2024-34; OEWS May 2024" */
  source?: string;
  /** for index.json: SOC 2010 code → the files of the occupations it became */
  soc2010?: Record<string, string[]>;
  /** after each profile written */
  onProgress?: (done: number) => void;
}

export interface WriteResult {
  /** profiles written */
  generated: number;
  /** SOC codes of hand-made profiles kept (they win over generated) */
  handMade: string[];
  /** other entries of the output directory kept as they were */
  otherFiles: string[];
}

/**
 * Writes the profiles and index.json into a staging directory beside `outDir`, then swaps it in,
 * so a failed or interrupted run never leaves a half-written dataset. From the old directory it
 * keeps every hand-made profile (a `<soc>.json` without the generator marker, which replaces the
 * generated one and is listed in the index) and every file that is not a profile (a README);
 * generated profiles and index.json are rebuilt from scratch.
 *
 * The file system calls are synchronous: the whole write takes well under a second, and
 * creating 800 files one after the other is no slower than juggling them concurrently.
 * @param outPath the output directory
 */
export function writeDataset(
  outPath: string,
  files: Iterable<{ name: string; profile: OccupationProfile }>,
  { onProgress, ...head }: WriteOptions,
): WriteResult {
  // Absolute, so that "." or "data/" still has a parent to stage the new dataset in.
  const outDir = resolve(outPath);
  const parent = dirname(outDir);
  const stagingPrefix = `.${basename(outDir)}.occ-data-`;
  mkdirSync(parent, { recursive: true });
  recoverFromKilledRun(outDir, stagingPrefix);
  // A sibling of outDir, so that the final rename stays on one file system.
  const staging = mkdtempSync(join(parent, stagingPrefix));
  try {
    // mkdtemp makes the directory private (0700); the dataset is for a web server to read.
    chmodSync(staging, 0o777 & ~process.umask());
    const previous = readPrevious(outDir);
    const previousText = new Map(previous.map((entry) => [entry.name, entry.text]));
    const index: Map<string, IndexEntry> = new Map();
    let generated = 0;
    for (const { name: file, profile } of files) {
      const text = `${JSON.stringify(profile, null, 2)}\n`;
      // An unchanged profile is linked, not written again: on some file systems creating 800
      // files is most of a rebuild's time, and a link shares the file without writing to it.
      if (previousText.get(file) !== text || !link(join(outDir, file), join(staging, file))) {
        writeFileSync(join(staging, file), text);
      }
      index.set(file, indexEntry(profile, file));
      generated += 1;
      onProgress?.(generated);
    }
    const kept = keepFromPrevious(previous, staging, index);
    writeFileSync(join(staging, INDEX_FILE), formatIndex([...index.values()], head));
    swapIn(staging, outDir);
    return { generated, ...kept };
  } catch (error) {
    rmSync(staging, { recursive: true, force: true });
    throw error;
  }
}

/**
 * Cleans up after a run that was killed (and so could not clean up itself): its staging
 * directory is removed, and if it was killed between the two renames of `swapIn`, the previous
 * dataset is put back in place.
 */
function recoverFromKilledRun(outDir: string, stagingPrefix: string) {
  const parent = dirname(outDir);
  for (const name of readdirSync(parent)) {
    if (!name.startsWith(stagingPrefix)) continue;
    const path = join(parent, name);
    if (name.endsWith(PREVIOUS_SUFFIX) && !existsSync(outDir)) {
      renameSync(path, outDir);
    } else {
      rmSync(path, { recursive: true, force: true });
    }
  }
}

/**
 * An entry of the current output directory. `text` is set for a JSON file; `generated` if
 * occ-data wrote it, else `profile` if it is an occupation profile.
 */
export type PreviousEntry = {
  name: string;
  path: string;
  text?: string;
  generated?: boolean;
  profile?: OccupationProfile;
};

/**
 * @returns empty when there is no output directory yet
 */
function readPrevious(outDir: string): PreviousEntry[] {
  let entries: import('node:fs').Dirent[];
  try {
    entries = readdirSync(outDir, { withFileTypes: true });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
  return entries.map((entry) => {
    const path = join(outDir, entry.name);
    if (!entry.isFile() || !entry.name.endsWith('.json')) return { name: entry.name, path };
    const text = readFileSync(path, 'utf8');
    const json = parseJson(text);
    // Anything occ-data wrote is rebuilt, even a profile that no longer looks like one.
    if (isGenerated(json)) return { name: entry.name, path, text, generated: true };
    return { name: entry.name, path, text, profile: asProfile(json) };
  });
}

/**
 * @returns the parsed profile, or undefined if the text is not a profile
 */
function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

function asProfile(value: unknown): OccupationProfile | undefined {
  const soc = (value as OccupationProfile | undefined)?.occupation?.soc;
  return Array.isArray(soc) && typeof soc[0] === 'string'
    ? (value as OccupationProfile)
    : undefined;
}

/**
 * @returns whether the link was made (a file system may not support links)
 */
function link(existing: string, newPath: string): boolean {
  try {
    linkSync(existing, newPath);
    return true;
  } catch {
    return false;
  }
}

/**
 * Copies what a rebuild must not lose from the current output directory into the staging one:
 * everything but generated profiles and index.json.
 * @param index updated with the hand-made profiles
 */
function keepFromPrevious(
  previous: PreviousEntry[],
  staging: string,
  index: Map<string, IndexEntry>,
): { handMade: string[]; otherFiles: string[] } {
  const handMade: string[] = [];
  const otherFiles: string[] = [];
  for (const { name, path, profile, generated } of previous) {
    if (name === INDEX_FILE || generated) continue;
    // A hand-made profile overwrites the generated one of the same name, which was written
    // afresh (never linked: a generated file's text has the marker, so it differs).
    cpSync(path, join(staging, name), { recursive: true, preserveTimestamps: true });
    if (profile) {
      handMade.push(name.replace(/\.json$/, ''));
      index.set(name, indexEntry(profile, name));
    } else {
      otherFiles.push(name);
    }
  }
  return { handMade: handMade.sort(), otherFiles: otherFiles.sort() };
}

/**
 * Replaces `outDir` with `staging` by two renames. Only between them, for the time of one
 * system call, does `outDir` not exist; if the second rename fails the old directory is put back.
 */
function swapIn(staging: string, outDir: string) {
  const previous = `${staging}${PREVIOUS_SUFFIX}`;
  let hadPrevious = true;
  try {
    renameSync(outDir, previous);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    hadPrevious = false;
  }
  try {
    renameSync(staging, outDir);
  } catch (error) {
    if (hadPrevious) renameSync(previous, outDir);
    throw error;
  }
  if (hadPrevious) rmSync(previous, { recursive: true, force: true });
}
