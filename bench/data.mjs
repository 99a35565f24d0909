// @ts-check
// Times the full occ-data build of the 2018-28 dataset: `occ-data build` run as `npm run data`
// runs it (a new Node process reading both BLS files, building 809 profiles and swapping the
// dataset in), several times. The output goes to a temporary directory outside the repository,
// which is removed at the end; the repository is not written to.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { availableParallelism, cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const RUNS = 7;
const TARGET_MS = 2000;

const repo = fileURLToPath(new URL('../', import.meta.url));
const bls = join(repo, '../shared/data/bls');
const parent = mkdtempSync(join(tmpdir(), 'occ-data-bench-'));
const args = [
  join(repo, 'bin/occ-data.mjs'),
  'build',
  '--projections',
  join(bls, 'ep-2018-28-table-1.7-occupations.csv'),
  '--wages',
  join(bls, 'oes-national-M2018_dl.xlsx'),
  '--out',
  join(parent, 'data'),
];

try {
  /** @type {number[]} */
  const times = [];
  for (let run = 0; run < RUNS; run += 1) {
    const start = performance.now();
    execFileSync(process.execPath, args, { stdio: 'ignore' });
    times.push(performance.now() - start);
  }
  const sorted = [...times].sort((a, b) => a - b);
  const median = sorted[Math.floor(sorted.length / 2)];
  const ms = (/** @type {number} */ value) => `${Math.round(value)} ms`;
  console.log(
    `occ-data build, 2018-28 (809 occupations), ${RUNS} runs on ${availableParallelism()} cores ` +
      `(${cpus()[0]?.model.trim()}), Node ${process.version}`,
  );
  console.log(`runs:   ${times.map(ms).join(', ')} (the first into an empty directory)`);
  console.log(`median: ${ms(median)}   min: ${ms(sorted[0])}   max: ${ms(sorted.at(-1) ?? 0)}`);
  console.log(`target: under ${ms(TARGET_MS)}: ${median < TARGET_MS ? 'met' : 'NOT MET'}`);
  process.exitCode = median < TARGET_MS ? 0 : 1;
} finally {
  rmSync(parent, { recursive: true, force: true });
}
