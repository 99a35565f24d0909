/**
 * The More Information tab as contacts: every link, named by its text, under the sentence that
 * introduces it ("For a career video on registered nurses, visit") or else the heading above it
 * ("O*NET"). A paragraph whose links sit inside a longer sentence is that sentence's group whole,
 * and introduces the links that follow it too.
 */
import type { Cheerio, CheerioAPI } from 'cheerio';
import type { AnyNode, Element } from 'domhandler';
import type { Contact } from '../../../src/data/types.js';
import { pageLink } from './links.js';
import { clean } from './text.js';

export function readContacts($: CheerioAPI, pane: Cheerio<AnyNode>): Contact[] {
  const contacts: Contact[] = [];
  let heading: string | undefined;
  let sentence: string | undefined;
  pane.find('h3, h4, p, li').each((_, element) => {
    const node = $(element);
    if (element.name === 'h3' || element.name === 'h4') {
      heading = clean(node.text()) || heading;
      sentence = undefined;
      return;
    }
    if (element.name === 'p' && node.closest('li').length) return;
    const links = node.find('a').toArray();
    if (!links.length) {
      sentence = clean(node.text()) || sentence;
      return;
    }
    const { before, between, after } = around(element, links);
    // Words after the last link complete its name ("Farmers.gov, U.S. Department of Agriculture"):
    // a short qualifier only, not a sentence that goes on ("…, maintains a website that…").
    const tail = after.replace(/\.$/, '');
    const qualifier = /^[,(]/.test(tail) && tail.length <= 60 ? tail : '';
    const prose = (tail !== '' && qualifier === '') || /[A-Za-z]{4,}/.test(between);
    const group = prose ? clean(node.text()) : before || sentence || heading;
    if (prose) sentence = group;
    links.forEach((link, index) => {
      const text = clean($(link).text());
      if (!text) return;
      const name =
        index === links.length - 1 && qualifier
          ? `${text}${qualifier.startsWith(',') ? '' : ' '}${qualifier}`
          : text;
      const run = pageLink(name, $(link).attr('href'));
      contacts.push({
        name,
        ...(typeof run === 'string'
          ? {}
          : { url: run.href, ...(run.slug ? { slug: run.slug } : {}) }),
        ...(group ? { group } : {}),
      });
    });
  });
  return contacts;
}

/** The paragraph's text before its first link, between its links, and after its last one. */
function around(paragraph: Element, links: Element[]) {
  const parts = ['', '', ''];
  let seen = 0;
  const walk = (node: AnyNode) => {
    if (node.type === 'text') {
      parts[seen === 0 ? 0 : seen === links.length ? 2 : 1] += node.data;
    } else if (node.type === 'tag') {
      if (links.includes(node)) seen += 1;
      else node.children.forEach(walk);
    }
  };
  paragraph.children.forEach(walk);
  const [before, between, after] = parts.map(clean) as [string, string, string];
  return { before, between, after };
}
