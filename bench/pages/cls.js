/* global document, location, window, URLSearchParams */
// One of every element, stacked, each loading the profile over a response delayed by 500 ms.
// Layout shift is summed from the start of this script until every element has fired occ-load
// (or occ-error) and two frames have passed. Each element's height is also read while it shows
// its placeholder and once loaded, to show which element moved what.
import { frames, now, ready } from './harness.js';

const scriptStart = now();
const params = new URLSearchParams(location.search);
const elements = [...document.querySelectorAll('#stage > *')].filter((element) =>
  element.localName.startsWith('occ-'),
);
// Listening before the elements are defined: the listeners stay through the upgrade.
const outcomes = elements.map(
  (element) =>
    new Promise((resolve) => {
      element.addEventListener('occ-load', () => resolve('load'), { once: true });
      element.addEventListener('occ-error', () => resolve('error'), { once: true });
    }),
);

await import(params.get('bundle') ?? '/dist/occ-elements.js');
for (const module of params.getAll('module')) await import(module);

const height = (element) => Math.round(element.getBoundingClientRect().height * 100) / 100;
const defined = elements.filter((element) => 'updateComplete' in element);
// While the response is delayed, every defined element shows its placeholder.
await Promise.all(defined.map((element) => element.updateComplete));
await frames(2);
const placeholder = elements.map((element) => ({
  tag: element.localName,
  defined: 'updateComplete' in element,
  busy: element.getAttribute('aria-busy') === 'true',
  placeholderHeight: height(element),
}));

const done = (async () => {
  // An element that is not defined (not in the bundle) never loads: it is reported as such.
  const outcome = await Promise.all(
    elements.map((element, index) =>
      'updateComplete' in element ? outcomes[index] : 'not defined',
    ),
  );
  await frames(2);
  const end = now();
  const shifts = window.layoutShifts;
  const counted = shifts.filter((shift) => !shift.hadRecentInput && shift.startTime >= scriptStart);
  return {
    cls: counted.reduce((sum, shift) => sum + shift.value, 0),
    clsWholePage: shifts
      .filter((shift) => !shift.hadRecentInput)
      .reduce((sum, shift) => sum + shift.value, 0),
    shifts,
    scriptStart,
    end,
    elements: placeholder.map((entry, index) => ({
      ...entry,
      outcome: outcome[index],
      loadedHeight: height(elements[index]),
    })),
  };
})();

ready({ done: () => done });
