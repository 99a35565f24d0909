/* global document, window, console */
// The site's Content-Security-Policy monitor, as many sites have one (or a `report-to` endpoint).
// A same-origin classic script, loaded before anything else: it keeps every violation in
// `window.cspViolations`, logs it, and states the count in the footer. The test reads the list.
(() => {
  const violations = [];
  window.cspViolations = violations;

  const report = () => {
    const out = document.getElementById('csp-report');
    if (!out) return;
    out.textContent =
      violations.length === 0
        ? 'Content-Security-Policy: no violations.'
        : `Content-Security-Policy: ${violations.length} violation(s): ` +
          violations.map((v) => `${v.directive} blocked ${v.blocked}`).join('; ');
  };

  document.addEventListener(
    'securitypolicyviolation',
    (event) => {
      const violation = {
        directive: event.effectiveDirective,
        blocked: event.blockedURI || 'inline',
        sample: event.sample,
        source: `${event.sourceFile}:${event.lineNumber}`,
      };
      violations.push(violation);
      console.warn('CSP violation', violation);
      report();
    },
    true,
  );
  document.addEventListener('DOMContentLoaded', report);
})();
