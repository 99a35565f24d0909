// Ends `npm test` with the plain line `N passed, N failed` that CI reads.
// A test file that fails to load counts as one failure, so a broken import can't pass silently.
import { writeFileSync } from 'node:fs';

function count(suite, totals) {
  for (const test of suite.tests ?? []) {
    if (test.skipped) totals.skipped += 1;
    else if (test.passed) totals.passed += 1;
    else totals.failed += 1;
  }
  for (const child of suite.suites ?? []) count(child, totals);
}

export function countingReporter() {
  const totals = { passed: 0, failed: 0, skipped: 0 };
  return {
    onTestRunFinished({ sessions }) {
      for (const session of sessions) {
        if (session.testResults) count(session.testResults, totals);
        if (!session.passed && (session.errors?.length ?? 0) > 0) totals.failed += 1;
      }
    },
    start() {
      process.on('exit', () => {
        // Under scripts/test.mjs the counts go to a file, to be added to the Node tests' counts.
        if (process.env.OCC_TEST_COUNTS) {
          writeFileSync(process.env.OCC_TEST_COUNTS, JSON.stringify(totals));
          return;
        }
        // Run alone: printed at exit so it is the last line, after the runner's progress display.
        const skipped = totals.skipped ? `, ${totals.skipped} skipped` : '';
        console.log(`\n${totals.passed} passed, ${totals.failed} failed${skipped}`);
      });
    },
  };
}
