// @ts-check
// A rollup plugin that minifies the HTML, SVG and CSS inside Lit's html``, svg`` and css``
// literals of our own modules (whitespace, comments, CSS shorthands) with minify-literals:
// terser leaves template strings as they are, and they were ~15 % of the gzip bundle.
import { minifyHTMLLiterals } from 'minify-literals';

/** @returns {import('rollup').Plugin} */
export function minifyLiterals() {
  return {
    name: 'minify-literals',
    async transform(code, id) {
      if (!/[/\\]src[/\\].*\.ts$/.test(id)) return null;
      // Theme tokens build their CSS from constants through unsafeCSS(), which the minifier
      // cannot see into (it would only warn): that file is left as written.
      if (code.includes('unsafeCSS(')) return null;
      // Likewise a container query whose width is a parameter (styles/cards.ts): the minifier
      // cannot parse a query holding a placeholder.
      if (/@container[^{]*\$\{/.test(code)) return null;
      const result = await minifyHTMLLiterals(code, { fileName: id });
      return result ? { code: result.code, map: result.map } : null;
    },
  };
}
