/* global document */
// 20 <occ-quick-facts> and one of each other element, all with the same `src`: once every element
// has rendered, the runner counts the requests for that URL.
import { census, frames, ready, rendered } from './harness.js';

const elements = [...document.querySelectorAll('#stage > *')];
// The loader defines the tags in the page; this waits until it has.
const { load } = await import('/dist/occ-elements.js');
await load(...new Set(elements.map((element) => element.localName)));
const done = rendered(elements).then(async () => {
  await frames(2);
  return { tags: elements.map((element) => element.localName), census: census(elements) };
});

ready({ done: () => done });
