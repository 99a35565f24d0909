/** Words that hold a hyphen, kept on one line (`<occ-finder>`, `<occ-compare>`). */
import { html, type TemplateResult } from 'lit';

/**
 * `text` with each word that holds a hyphen in a `.nowrap` span (the element's styles set
 * `white-space: nowrap` on it): a line may break after a hyphen, which would split "Entry-Level",
 * a SOC code ("53-7064") or a period as the data writes it ("2024-34").
 */
export const keepHyphenated = (text: string): (string | TemplateResult)[] =>
  text
    .split(/(\S*-\S*)/)
    .map((part, i) => (i % 2 ? html`<span class="nowrap">${part}</span>` : part));
