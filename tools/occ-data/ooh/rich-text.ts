/**
 * An element's content as rich text: runs of plain text and links, white space normalized across
 * the runs. Formatting (bold, italics) is dropped; only links carry structure.
 */
import type { Cheerio, CheerioAPI } from 'cheerio';
import type { AnyNode } from 'domhandler';
import type { Inline, RichText } from '../../../src/data/types.js';
import { pageLink } from './links.js';

export function richText($: CheerioAPI, element: Cheerio<AnyNode>): RichText {
  return richRuns($, element.contents());
}

/** Rich text of a run of sibling nodes (text and inline elements outside any paragraph). */
export function richRuns($: CheerioAPI, nodes: Cheerio<AnyNode>): RichText {
  const runs: Inline[] = [];
  const push = (run: Inline) => {
    const last = runs[runs.length - 1];
    if (typeof run === 'string' && typeof last === 'string') runs[runs.length - 1] = last + run;
    else runs.push(run);
  };
  const walk = (nodes: Cheerio<AnyNode>) => {
    nodes.each((_, node) => {
      if (node.type === 'text') push(node.data);
      else if (node.type === 'tag') {
        if (node.name === 'br') push(' ');
        else if (node.name === 'a') {
          const text = $(node)
            .text()
            .replace(/[\s\u00a0]+/g, ' ');
          const run = pageLink(text.trim(), $(node).attr('href'));
          if (typeof run === 'string') push(text);
          else {
            // The spaces around a link's text belong to the sentence, not to the link.
            if (/^\s/.test(text)) push(' ');
            push(run);
            if (/\s$/.test(text)) push(' ');
          }
        } else if (node.name !== 'script' && node.name !== 'style' && node.name !== 'img') {
          walk($(node).contents());
        }
      }
    });
  };
  walk(nodes);
  return tidy(runs);
}

/** Collapses white space inside and between runs, trims the ends, and drops empty runs. */
function tidy(runs: Inline[]): RichText {
  const out: Inline[] = [];
  let lastEndsInSpace = true; // nothing written yet: a leading space is dropped
  for (const run of runs) {
    if (typeof run === 'string') {
      let text = run.replace(/[\s\u00a0]+/g, ' ');
      if (lastEndsInSpace) text = text.replace(/^ /, '');
      if (!text) continue;
      out.push(text);
      lastEndsInSpace = text.endsWith(' ');
    } else if (run.text) {
      out.push(run);
      lastEndsInSpace = false;
    }
  }
  const last = out[out.length - 1];
  if (typeof last === 'string') {
    const trimmed = last.replace(/ $/, '');
    if (trimmed) out[out.length - 1] = trimmed;
    else out.pop();
  }
  if (out.length === 0) return '';
  return out.every((run) => typeof run === 'string') ? out.join('') : out;
}
