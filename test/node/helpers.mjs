// @ts-check
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { crc32 } from 'node:zlib';

export const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
export const fixtures = fileURLToPath(new URL('fixtures/', import.meta.url));
/**
 * The real BLS files: `OCC_BLS_DATA` if set (.ci/run sets it for a clone made elsewhere), else
 * beside the repository as in CI (`shared/` next to `main/`).
 */
export const blsData = process.env.OCC_BLS_DATA
  ? join(process.env.OCC_BLS_DATA, '/')
  : fileURLToPath(new URL('../../../shared/data/bls/', import.meta.url));

export const realProjections = join(blsData, 'ep-2018-28-table-1.7-occupations.csv');
export const realWagesXlsx = join(blsData, 'oes-national-M2018_dl.xlsx');
export const realWagesCsv = join(blsData, 'oes-national-M2018_dl.csv');
export const projections2024 = join(blsData, 'ep-2024-34-occupation.xlsx');
export const wages2024 = join(blsData, 'oews-national-M2024_dl.xlsx');
export const crosswalk = join(blsData, 'soc-2010-to-2018-crosswalk.csv');
export const fixtureProjectionsCsv = join(fixtures, 'projections-2019-29.csv');
export const fixtureProjectionsXlsx = join(fixtures, 'projections-2019-29.xlsx');
export const fixtureWages = join(fixtures, 'national_M2019_dl.csv');
export const fixtureThresholds = join(fixtures, 'outlook-thresholds-test.json');

/**
 * `occ-data build` arguments for the fixture tables into `out`.
 * @param {string} out
 * @param {string[]} [extra]
 */
export const buildArgs = (out, extra = []) => [
  'build',
  '--projections',
  fixtureProjectionsCsv,
  '--wages',
  fixtureWages,
  '--out',
  out,
  ...extra,
];

const bin = join(repoRoot, 'bin/occ-data.mjs');
const run = promisify(execFile);

/**
 * Runs the real command in a child process.
 * @param {string[]} args
 * @returns {Promise<{ code: number, stdout: string, stderr: string }>}
 */
export async function occData(args) {
  try {
    const { stdout, stderr } = await run(process.execPath, [bin, ...args], { cwd: repoRoot });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = /** @type {{ code: number, stdout: string, stderr: string }} */ (error);
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

/**
 * A fresh directory under the system's temporary directory, removed after the test.
 * @param {{ after(fn: () => void): unknown }} t a test context, or anything that runs `fn` later
 * @returns {string}
 */
export function tempDir(t) {
  const dir = mkdtempSync(join(tmpdir(), 'occ-data-test-'));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

/** @param {string} file */
export function readJson(file) {
  return JSON.parse(readFileSync(file, 'utf8'));
}

/**
 * Every file under `dir` with its content, to tell whether a directory changed.
 * @param {string} dir
 * @param {string} [prefix]
 * @returns {Record<string, string>}
 */
export function snapshot(dir, prefix = '') {
  /** @type {Record<string, string>} */
  const files = {};
  for (const entry of readdirSync(join(dir, prefix), { withFileTypes: true })) {
    const name = join(prefix, entry.name);
    if (entry.isDirectory()) Object.assign(files, snapshot(dir, name));
    else files[name] = readFileSync(join(dir, name), 'utf8');
  }
  return files;
}

/**
 * The saved OOH pages of the 2024-34 edition: `OCC_OOH_PAGES` if set, else beside the BLS tables
 * (`shared/data/ooh-2024-34/pages`, next to `shared/data/bls`).
 */
export const oohPages = process.env.OCC_OOH_PAGES
  ? join(process.env.OCC_OOH_PAGES, '/')
  : join(blsData, '../ooh-2024-34/pages/');

/**
 * `false` when every file is there, else the reason to skip naming the missing ones (a clone
 * without ../shared still passes `npm test`).
 * @param {...string} files
 * @returns {false | string}
 */
export function missingFiles(...files) {
  const missing = files.filter((file) => !existsSync(file));
  return missing.length ? `BLS files not found: ${missing.join(', ')}` : false;
}

/** The `occ-data build` arguments of `npm run data`, into `out`. @param {string} out */
export const dataArgs = (out) => [
  'build',
  '--projections',
  projections2024,
  '--wages',
  wages2024,
  '--ooh',
  oohPages,
  '--crosswalk',
  crosswalk,
  '--out',
  out,
];

/**
 * A .zip archive of one file, stored uncompressed, as a test's stand-in for BLS's zipped
 * download (oesm24nat.zip holds national_M2024_dl.xlsx).
 * @param {string} name the file's name inside the archive
 * @param {Buffer} content
 * @returns {Buffer}
 */
export function zipOf(name, content) {
  const fileName = Buffer.from(name);
  const crc = crc32(content);
  const local = Buffer.alloc(30);
  local.writeUInt32LE(0x04034b50, 0);
  local.writeUInt16LE(20, 4);
  local.writeUInt32LE(crc, 14);
  local.writeUInt32LE(content.length, 18);
  local.writeUInt32LE(content.length, 22);
  local.writeUInt16LE(fileName.length, 26);
  const central = Buffer.alloc(46);
  central.writeUInt32LE(0x02014b50, 0);
  central.writeUInt16LE(20, 4);
  central.writeUInt16LE(20, 6);
  central.writeUInt32LE(crc, 16);
  central.writeUInt32LE(content.length, 20);
  central.writeUInt32LE(content.length, 24);
  central.writeUInt16LE(fileName.length, 28);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(1, 8);
  end.writeUInt16LE(1, 10);
  end.writeUInt32LE(central.length + fileName.length, 12);
  end.writeUInt32LE(local.length + fileName.length + content.length, 16);
  return Buffer.concat([local, fileName, content, central, fileName, end]);
}
