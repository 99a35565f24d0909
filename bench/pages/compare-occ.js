/* global document */
// (B) <occ-pay-chart hide-distribution hide-industries hide-source>, given a profile holding just
// the three medians through its `data` property, 480 px of content wide. Like the other pages it
// draws the chart alone: no distribution, industries table or source line (its table toggle stays).
import { census, frames, loadProfile, now, ready, rendered } from './harness.js';

// The element's module as built, imported before the timing starts (as a page that loads it in
// <head> has it).
await import('/dist/browser/occ-pay-chart.js');

const full = await loadProfile();
const data = {
  schemaVersion: full.schemaVersion,
  occupation: full.occupation,
  source: full.source,
  pay: { period: full.pay.period, medians: full.pay.medians },
};
const stage = document.getElementById('stage');

ready({
  async render(count) {
    await frames(2);
    const start = now();
    const elements = [];
    for (let index = 0; index < count; index += 1) {
      const element = document.createElement('occ-pay-chart');
      element.setAttribute('hide-distribution', '');
      element.setAttribute('hide-industries', '');
      element.setAttribute('hide-source', '');
      element.data = data;
      stage.append(element);
      elements.push(element);
    }
    await rendered(elements);
    await frames(2);
    const ms = now() - start;
    const svg = elements[0]?.shadowRoot?.querySelector('svg.chart');
    return {
      ms,
      drawn: census(elements).charts,
      size: svg ? `${svg.getAttribute('width')}x${svg.getAttribute('height')}` : undefined,
    };
  },
});
