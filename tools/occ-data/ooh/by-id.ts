/**
 * Elements by id, from one pass over the page: cheerio's `$('#x')` walks the whole document each
 * time, and a page is looked up by id some twenty times (tabs, glossary entries, tables).
 */
import type { Cheerio, CheerioAPI } from 'cheerio';
import type { Element } from 'domhandler';

const indexes = new WeakMap<CheerioAPI, Map<string, Element>>();

/** The element with this id (the first, as a browser gives it), or an empty selection. */
export function byId($: CheerioAPI, id: string): Cheerio<Element> {
  let index = indexes.get($);
  if (!index) {
    index = new Map();
    for (const element of $('[id]').toArray()) {
      const key = element.attribs['id']!;
      if (!index.has(key)) index.set(key, element);
    }
    indexes.set($, index);
  }
  const element = index.get(id);
  return element ? $(element) : $([]);
}
