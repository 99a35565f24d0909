/**
 * A tab's prose as the contract's blocks: paragraphs, headings and lists, in page order, with
 * their links. Charts, images, tables and the tab footers are left out: the profile keeps the
 * charts' and tables' figures in its own fields. A table the contract has no field for (the
 * detailed occupations of a multi-code page) becomes a list of "label: value" items, so that no
 * figure is lost.
 */
import type { Cheerio, CheerioAPI } from 'cheerio';
import type { AnyNode, Element, ParentNode } from 'domhandler';
import type { Block } from '../../../src/data/types.js';
import { richRuns, richText } from './rich-text.js';
import { clean } from './text.js';

/** Containers that hold no prose. */
const SKIPPED_CLASSES = [
  'ooh-chart',
  'ooh_right_img',
  'tab-footer',
  'youtube-player',
  'clearfloat',
];
const INLINE = new Set([
  'a',
  'span',
  'strong',
  'em',
  'b',
  'i',
  'u',
  'sup',
  'sub',
  'cite',
  'abbr',
  'br',
]);
const SKIPPED_TAGS = new Set(['h1', 'h2', 'nav', 'script', 'style', 'img', 'figure', 'form']);

export interface BlockOptions {
  /** Tables the caller reads into its own fields; they are left out of the blocks. */
  consumed?: Set<Element>;
}

export function readBlocks(
  $: CheerioAPI,
  container: Cheerio<AnyNode>,
  options: BlockOptions = {},
): Block[] {
  const blocks: Block[] = [];
  const visit = (node: Element) => {
    const name = node.name;
    const classes = ($(node).attr('class') ?? '').split(/\s+/);
    if (SKIPPED_TAGS.has(name) || SKIPPED_CLASSES.some((c) => classes.includes(c))) return;
    if (name === 'p') {
      const text = richText($, $(node));
      if (text.length) blocks.push({ type: 'paragraph', text });
    } else if (/^h[3-6]$/.test(name)) {
      const text = richText($, $(node));
      if (text.length) blocks.push({ type: 'heading', text });
    } else if (name === 'ul' || name === 'ol') {
      const items = $(node)
        .children('li')
        .toArray()
        .map((li) => richText($, $(li)))
        .filter((item) => item.length);
      if (items.length) blocks.push({ type: 'list', items });
    } else if (name === 'table') {
      if (options.consumed?.has(node) || $(node).attr('id')) return;
      const items = $(node)
        .find('tr')
        .toArray()
        .map((row) =>
          $(row)
            .children('td, th')
            .toArray()
            .map((cell) => clean($(cell).text()))
            .filter(Boolean)
            .join(': '),
        )
        .filter(Boolean);
      if (items.length) blocks.push({ type: 'list', items });
    } else visitChildren(node);
  };
  // Text written straight into a container, outside any paragraph, is a paragraph of its own;
  // a lone link there (the Summary's hidden "Video transcript" link) is not.
  const visitChildren = (parent: ParentNode) => {
    let loose: AnyNode[] = [];
    const flush = () => {
      if (loose.some((n) => n.type === 'text' && clean(n.data))) {
        const text = richRuns($, $(loose));
        if (text.length) blocks.push({ type: 'paragraph', text });
      }
      loose = [];
    };
    for (const child of parent.children) {
      if (child.type === 'text' || (child.type === 'tag' && INLINE.has(child.name))) {
        loose.push(child);
      } else if (child.type === 'tag') {
        flush();
        visit(child);
      }
    }
    flush();
  };
  const root = container.get(0);
  if (root && 'children' in root) visitChildren(root);
  return blocks;
}
