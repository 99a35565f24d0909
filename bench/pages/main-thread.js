/* global document, window, performance, setTimeout */
// Waits for <occ-profile>'s occ-load, then for the idle-time work it starts (the other tabs'
// elements), and publishes the long tasks the page recorded as `window.result`.
const profile = document.querySelector('occ-profile');
const loaded = new Promise((resolve) => {
  profile.addEventListener('occ-load', () => resolve('load'), { once: true });
  profile.addEventListener('occ-error', () => resolve('error'), { once: true });
});
const outcome = await loaded;
const loadedAt = performance.now();
// <occ-profile> loads and renders the other tabs' elements when the browser is idle (at most 2 s).
await new Promise((resolve) => setTimeout(resolve, 3000));
const paint = performance.getEntriesByName('first-contentful-paint')[0];
window.result = {
  outcome,
  loadedAt,
  firstContentfulPaint: paint?.startTime,
  longTasks: window.longTasks,
};
