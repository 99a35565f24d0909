// `npm test`'s reporter: web-test-runner's default one, minus the 404s the tests cause on purpose
// (the /__fixtures/ routes of web-test-runner.config.mjs, aborted requests, known-missing files), so
// that a 404 in the log is one nobody expected; `expectedLog` does the same for browser logs.
import { defaultReporter } from '@web/test-runner';

/** Files the tests request knowing they do not exist. */
const KNOWN_MISSING = ['data/no-such-occupation.json'];

export const expected404 = (url) => {
  const path = url.replace(/^[a-z]+:\/\/[^/]+/, '').replace(/^\//, '');
  return path.startsWith('__fixtures/') || KNOWN_MISSING.some((file) => path.startsWith(file));
};

/**
 * The console warning an element writes for each failure it shows (`occ-elements: …`): the tests
 * cause hundreds on purpose and check each failure through its `occ-error` event instead.
 */
export const expectedLog = ({ type, args }) =>
  type === 'warn' && typeof args[0] === 'string' && args[0].startsWith('occ-elements: ');

export function quietReporter() {
  const reporter = defaultReporter();
  const report = reporter.reportTestFileResults.bind(reporter);
  reporter.reportTestFileResults = (args) =>
    report({
      ...args,
      sessionsForTestFile: args.sessionsForTestFile.map((session) => ({
        ...session,
        request404s: (session.request404s ?? []).filter((url) => !expected404(url)),
      })),
    });
  return reporter;
}
