/* global document, customElements */
// Render time and memory: `bench.render(tag, count)` creates `count` elements in a 480 px wide
// column, each given the profile through its `data` property (<occ-finder> the index and
// <occ-compare> two profiles, through `src`: they have no `data`), and times it from just before
// the first element is created until two frames after the last one rendered.
import { census, frames, loadProfile, now, ready, rendered } from './harness.js';

// Every element, defined before the timing starts: the loader loads each element's module.
const { load, TAGS } = await import('/dist/occ-elements.js');
await load(...TAGS);
const data = await loadProfile();
const stage = document.getElementById('stage');
const SOURCES = {
  'occ-finder': '/data/index.json',
  'occ-compare': '/data/editions/2019-20/29-2071.json /data/29-2072.json',
};

ready({
  defined: (tag) => customElements.get(tag) !== undefined,
  async render(tag, count) {
    await frames(2);
    const start = now();
    const elements = [];
    for (let index = 0; index < count; index += 1) {
      const element = document.createElement(tag);
      if (SOURCES[tag]) element.src = SOURCES[tag];
      else element.data = data;
      stage.append(element);
      elements.push(element);
    }
    await rendered(elements);
    await frames(2);
    const ms = now() - start;
    return { ms, census: census(elements) };
  },
});
