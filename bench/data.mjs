// @ts-check
// Times the full occ-data build of the 2024-34 dataset: `occ-data build` run as `npm run data`
// runs it (a new Node process reading table 1.2, the OEWS file, the crosswalk and all 342 OOH
// pages, building 342 + 832 profiles and swapping the dataset in), several times, and reports
// the CPU time the process used besides the wall-clock time (the machine may be shared). The
// output goes to a temporary directory outside the repository, which is removed at the end;
// the repository is not written to.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { availableParallelism, cpus, loadavg, tmpdir } from 'node:os';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const RUNS = 5;
const TARGET_MS = 10000;

const repo = fileURLToPath(new URL('../', import.meta.url));
const bls = join(repo, '../shared/data/bls');
const parent = mkdtempSync(join(tmpdir(), 'occ-data-bench-'));
const args = [
  join(repo, 'bin/occ-data.mjs'),
  'build',
  '--projections',
  join(bls, 'ep-2024-34-occupation.xlsx'),
  '--wages',
  join(bls, 'oews-national-M2024_dl.xlsx'),
  '--ooh',
  join(bls, '../ooh-2024-34/pages'),
  '--crosswalk',
  join(bls, 'soc-2010-to-2018-crosswalk.csv'),
  '--out',
  join(parent, 'data'),
];

try {
  /** @type {number[]} */
  const times = [];
  /** @type {number[]} */
  const cpu = [];
  for (let run = 0; run < RUNS; run += 1) {
    const start = performance.now();
    const result = spawnSync(process.execPath, args, { stdio: 'ignore' });
    if (result.status !== 0) throw new Error(`occ-data build exited with ${result.status}`);
    times.push(performance.now() - start);
    cpu.push(childCpuMs());
  }
  const sorted = [...times].sort((a, b) => a - b);
  const median = sorted[Math.floor(sorted.length / 2)];
  const ms = (/** @type {number} */ value) => `${Math.round(value)} ms`;
  console.log(
    `occ-data build, 2024-34 (342 OOH pages + 832 occupations), ${RUNS} runs on ${availableParallelism()} cores ` +
      `(${cpus()[0]?.model.trim()}), Node ${process.version}, load average ${loadavg()[0].toFixed(1)}`,
  );
  console.log(`runs:   ${times.map(ms).join(', ')} (the first into an empty directory)`);
  console.log(`median: ${ms(median)}   min: ${ms(sorted[0])}   max: ${ms(sorted.at(-1) ?? 0)}`);
  const cpuRuns = cpu.map((value, index) => value - (cpu[index - 1] ?? 0));
  console.log(`CPU time per run (user + system, all threads): ${cpuRuns.map(ms).join(', ')}`);
  console.log(`target: under ${ms(TARGET_MS)}: ${median < TARGET_MS ? 'met' : 'NOT MET'}`);
  process.exitCode = median < TARGET_MS ? 0 : 1;
} finally {
  rmSync(parent, { recursive: true, force: true });
}

/** CPU time of this process's finished children so far, in ms (Linux: /proc/self/stat). */
function childCpuMs() {
  const fields = readFileSync('/proc/self/stat', 'utf8').split(') ')[1].split(' ');
  // cutime and cstime: fields 16 and 17 of stat, 14 and 15 after the command name.
  return ((Number(fields[13]) + Number(fields[14])) * 1000) / 100;
}
