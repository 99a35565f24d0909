// The snippet to paste: the script tag that loads every element (from the user's copy of the
// package, or the CDN), a <style> block for the theme tokens the user changed, and the element
// tag with its attributes. Pure text.

/** Longest single-line tag before its attributes go one per line (Prettier's HTML style). */
const LINE = 100;

/** `https://unpkg.com/<name>@<version>`: the package's files on the CDN. */
export const cdnBase = (name, version) => `https://unpkg.com/${name}@${version}`;

/** An attribute value as HTML text inside double quotes. */
export const escapeAttribute = (value) =>
  String(value)
    .replace(/&/g, '&amp;')
    .replace(/"/g, '&quot;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;');

/** `name="value"`, or the bare name for a boolean attribute (value `true`). */
const attributeText = ([name, value]) =>
  value === true ? name : `${name}="${escapeAttribute(value)}"`;

/** The element tag with its attributes, on one line if it fits, else one attribute per line. */
export function elementTag(tag, attributes) {
  const parts = attributes.map(attributeText);
  const oneLine = `<${[tag, ...parts].join(' ')}></${tag}>`;
  if (oneLine.length <= LINE || parts.length === 0) return oneLine;
  return [`<${tag}`, ...parts.map((part) => `  ${part}`), `></${tag}>`].join('\n');
}

/** `<style>` with a `:root { … }` rule for the tokens, or '' when there are none. */
export function styleBlock(tokens) {
  if (tokens.length === 0) return '';
  const declarations = tokens.map(([name, value]) => `    ${name}: ${value};`);
  return ['<style>', '  :root {', ...declarations, '  }', '</style>'].join('\n');
}

/**
 * The whole snippet. `base` is where the package's files are: the folder of a copy on the user's
 * site (`/occ-elements`), or the CDN base (`cdnBase()`); `attributes` are `[name, value]` pairs
 * in order (value `true` for a boolean attribute), `src` among them; `tokens` `[name, value]`.
 */
export function buildSnippet({ base, tag, attributes, tokens }) {
  // The stylesheet reserves the element's size until the loader has defined it, so the page does
  // not move, wherever the lines are pasted.
  const head = [
    `<link rel="stylesheet" href="${escapeAttribute(`${base}/dist/occ-elements.css`)}" />`,
    `<script type="module" src="${escapeAttribute(`${base}/dist/occ-elements.js`)}"></script>`,
  ].join('\n');
  return [head, styleBlock(tokens), elementTag(tag, attributes)].filter(Boolean).join('\n\n');
}
