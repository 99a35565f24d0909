// `npm test`: builds, then the browser tests (web-test-runner, Chromium), the Node tests of the
// data pipeline (node:test) and the WordPress plugin's tests (node:test driving Chromium against the
// WordPress test site that integrations/wordpress/test-env/setup.sh starts; skipped, with a line
// saying so, where it is not running), then one closing line `N passed, N failed` over all three,
// which CI reads.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const dir = mkdtempSync(join(tmpdir(), 'occ-test-'));
const browserCounts = join(dir, 'browser.json');
const nodeCounts = join(dir, 'node.json');
const wordpressCounts = join(dir, 'wordpress.json');
const passthrough = process.argv.slice(2);

const run = (command, args, env = {}) =>
  spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } }).status ?? 1;

const read = (file) => {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return { passed: 0, failed: 1, skipped: 0 }; // the runner died before reporting: count a failure
  }
};

// Some browser tests load the built bundle and the example apps, as a user's page would.
console.log('\n=== Build (the bundle and the example apps the tests load)');
if (run('npm', ['run', '-s', 'build']) || run('npm', ['run', '-s', 'build:examples'])) {
  console.log('\n0 passed, 1 failed');
  process.exit(1);
}

console.log('\n=== Browser tests (Chromium)');
const browserStatus = run(
  'npx',
  ['wtr', '--config', 'web-test-runner.config.mjs', ...passthrough],
  { OCC_TEST_COUNTS: browserCounts },
);
const nodeTests = (counts, dir) =>
  run('node', [
    '--test',
    '--test-reporter=spec',
    '--test-reporter-destination=stdout',
    '--test-reporter=./scripts/node-test-counts.mjs',
    `--test-reporter-destination=${counts}`,
    dir,
  ]);
console.log('\n=== Node tests (data pipeline)');
const nodeStatus = nodeTests(nodeCounts, 'test/node/');
console.log('\n=== WordPress plugin (a real WordPress, Chromium)');
const wordpressStatus = nodeTests(wordpressCounts, 'test/wordpress/');

const totals = [read(browserCounts), read(nodeCounts), read(wordpressCounts)].reduce(
  (sum, counts) => ({
    passed: sum.passed + counts.passed,
    failed: sum.failed + counts.failed,
    skipped: sum.skipped + counts.skipped,
  }),
);
const skipped = totals.skipped ? `, ${totals.skipped} skipped` : '';
console.log(`\n${totals.passed} passed, ${totals.failed} failed${skipped}`);
process.exit(browserStatus || nodeStatus || wordpressStatus || (totals.failed ? 1 : 0));
