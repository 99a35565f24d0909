/* global document, window, requestAnimationFrame, setTimeout */
// In each page of the layout-shift sample (an iframe made by bench/cls.mjs): waits until the
// element shows its profile (occ-load) or a failure (occ-error), then two frames, and publishes
// the page's layout shifts (recorded by cls-observer.js from the start) as `window.result`.
const element = document.querySelector('[data-measured]');
const frames = (count) =>
  new Promise((resolve) => {
    const step = (left) => (left ? requestAnimationFrame(() => step(left - 1)) : resolve());
    step(count);
  });
const outcome = new Promise((resolve) => {
  element.addEventListener('occ-load', () => resolve('load'), { once: true });
  element.addEventListener('occ-error', () => resolve('error'), { once: true });
  setTimeout(() => resolve('timeout'), 15000);
});
outcome.then(async (result) => {
  await frames(2);
  const shifts = window.layoutShifts.filter((shift) => !shift.hadRecentInput);
  window.result = {
    outcome: result,
    cls: shifts.reduce((sum, shift) => sum + shift.value, 0),
    shifts,
    height: element.getBoundingClientRect().height,
  };
});
