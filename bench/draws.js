// Which profiles each element has something to draw for. A file without it (a numbers-only SOC
// file has no employers, similar occupations, industries or Summary) shows a one-line notice, or
// less, where the placeholder reserved the element's usual size, so the layout-shift benchmark
// (cls.mjs) and the placeholder-heights test report those files apart.

/** @type {Record<string, (profile: any) => boolean>} */
export const DRAWS = {
  'occ-quick-facts': (p) => p.quickFacts !== undefined,
  'occ-pay-chart': (p) => Boolean(p.pay?.medians?.length || p.pay?.percentiles),
  'occ-outlook': (p) => Boolean(p.outlook?.changes?.length || p.outlook?.projections?.length),
  'occ-employers': (p) => Boolean(p.employers?.industries?.length),
  'occ-similar': (p) => Boolean(p.similar?.length),
  // Its stand-in is a Handbook profile's shape (a Summary of prose); a numbers-only profile, a
  // quick-facts table and charts, is counted apart like the other elements' profiles without data.
  'occ-profile': (p) => Boolean(p.sections?.length),
};
