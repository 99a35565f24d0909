/* global document, location, URLSearchParams */
// 20 <occ-quick-facts> and one of each other element, all with the same `src`: once every element
// has rendered, the runner counts the requests for that URL.
import { census, frames, ready, rendered } from './harness.js';

const params = new URLSearchParams(location.search);
await import(params.get('bundle') ?? '/dist/occ-elements.js');
for (const module of params.getAll('module')) await import(module);

const elements = [...document.querySelectorAll('#stage > *')];
const done = rendered(elements).then(async () => {
  await frames(2);
  return { tags: elements.map((element) => element.localName), census: census(elements) };
});

ready({ done: () => done });
