/**
 * The More Information tab as contacts: every link, named by its text, under the sentence that
 * introduces it ("For a career video on registered nurses, visit") or else the heading above it
 * ("O*NET").
 */
import type { Cheerio, CheerioAPI } from 'cheerio';
import type { AnyNode } from 'domhandler';
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
    // The words before the first link introduce it: "For information about certifications, visit".
    const before = clean(
      node
        .contents()
        .toArray()
        .slice(0, node.contents().toArray().indexOf(links[0]!))
        .map((child) => $(child).text())
        .join(''),
    );
    // Words after the last link complete its name: "Farmers.gov, U.S. Department of Agriculture".
    const after = clean(trailing($, links[links.length - 1]!)).replace(/\.$/, '');
    const group = before || sentence || heading;
    links.forEach((link, index) => {
      const text = clean($(link).text());
      if (!text) return;
      const name =
        index === links.length - 1 && after
          ? `${text}${after.startsWith(',') ? '' : ' '}${after}`
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

/** The text after a link up to the end of its paragraph: ", U.S. Department of Agriculture". */
function trailing($: CheerioAPI, link: AnyNode): string {
  const parts: string[] = [];
  for (let next = link.nextSibling; next; next = next.nextSibling) parts.push($(next).text());
  return parts.join('');
}
