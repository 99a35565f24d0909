// `npm test`'s reporter: web-test-runner's default one, minus the 404s the tests cause on purpose
// (the /__fixtures/ routes of web-test-runner.config.mjs, aborted requests, known-missing files), so
// that a 404 in the log is one nobody expected.
import { defaultReporter } from '@web/test-runner';

/** Files the tests request knowing they do not exist. */
const KNOWN_MISSING = ['data/no-such-occupation.json'];

export const expected404 = (url) => {
  const path = url.replace(/^[a-z]+:\/\/[^/]+/, '').replace(/^\//, '');
  return path.startsWith('__fixtures/') || KNOWN_MISSING.some((file) => path.startsWith(file));
};

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
