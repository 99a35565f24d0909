import { html, type TemplateResult, type PropertyDeclarations } from 'lit';
import { OccElement } from '../../core/occ-element.js';
import { define } from '../../core/define.js';
import { enCore, enFigures, enQuickFacts } from '../../i18n/en.js';
import { STAND_IN, STAND_IN_GLOSSARY, STAND_IN_QUICK_FACTS } from '../../data/stand-in.js';
import type { GlossaryKey, OccupationProfile } from '../../data/types.js';
import { baseStyles } from '../../styles/base.js';
import { tokens } from '../../styles/tokens.js';
import { tableStyles } from '../../styles/tables.js';
import { quickFactsStyles } from './quick-facts.styles.js';
import { quickFactRows, type QuickFactRow } from './quick-facts.rows.js';

const marker = html`<svg class="marker" viewBox="0 0 16 16" aria-hidden="true">
  <path d="M3 6l5 5 5-5" />
</svg>`;

/** A term followed by its disclosure marker, the marker kept on the line of the last word. */
function termWithMarker(label: string) {
  const at = label.lastIndexOf(' ') + 1;
  return html`${label.slice(0, at)}<span class="nowrap">${label.slice(at)}${marker}</span>`;
}

/** The texts this element writes, in English (the groups it uses). */
const ENGLISH = { ...enCore, ...enFigures, ...enQuickFacts };

/** What the loading placeholder draws: the parts of the stand-in profile this element shows. */
const PLACEHOLDER: OccupationProfile = {
  ...STAND_IN,
  quickFacts: STAND_IN_QUICK_FACTS,
  glossary: STAND_IN_GLOSSARY,
};

/**
 * The OOH Quick Facts table: median pay, entry-level education, work experience, on-the-job
 * training, number of jobs, job outlook and employment change, each term with its definition.
 *
 * @summary The Occupational Outlook Handbook's Quick Facts for one occupation.
 * @tag occ-quick-facts
 *
 * @fires {OccLoadEvent} occ-load - The profile loaded and is shown. `detail: { profile, src }`.
 * @fires {OccErrorEvent} occ-error - The profile could not be loaded or breaks the data contract. `detail: { error, src }`.
 *
 * @csspart table - The quick facts table.
 * @csspart title - The table caption ("Quick Facts: …").
 * @csspart label - A row's header cell (the term).
 * @csspart value - A row's value cell.
 * @csspart term - The button that shows or hides a term's definition.
 * @csspart definition - A term's definition, shown under the term.
 * @csspart source - The one-line source note (hidden by `hide-source`).
 * @csspart placeholder - The loading placeholder.
 * @csspart notice - The notice shown when neither `src` nor `data` is set.
 * @csspart empty - The message shown when the profile has no quick facts.
 * @csspart error - The error message (`role="alert"`).
 *
 * @cssprop [--occ-quick-facts-color-text=var(--occ-color-text, #1b1b1b)] - Text colour.
 * @cssprop [--occ-quick-facts-color-muted=var(--occ-color-muted, #565c65)] - Secondary text colour.
 * @cssprop [--occ-quick-facts-color-accent=var(--occ-color-accent, #005ea2)] - Accent: term underlines and markers.
 * @cssprop [--occ-quick-facts-color-surface=var(--occ-color-surface, #ffffff)] - Background.
 * @cssprop [--occ-quick-facts-color-surface-alt=var(--occ-color-surface-alt, #f3f5f8)] - Background of definitions and placeholders.
 * @cssprop [--occ-quick-facts-color-border=var(--occ-color-border, #c9ced6)] - Border and row rule colour.
 * @cssprop [--occ-quick-facts-color-focus=var(--occ-color-focus, #2378c3)] - Focus ring colour.
 * @cssprop [--occ-quick-facts-color-error=var(--occ-color-error, #b50909)] - Error accent colour.
 * @cssprop [--occ-quick-facts-font-family=var(--occ-font-family, inherit)] - Font family.
 * @cssprop [--occ-quick-facts-font-size=var(--occ-font-size, 1rem)] - Base font size.
 * @cssprop [--occ-quick-facts-radius=var(--occ-radius, 0.5rem)] - Corner radius.
 * @cssprop [--occ-quick-facts-space=var(--occ-space, 1rem)] - Inner padding.
 */
export class OccQuickFacts extends OccElement<typeof ENGLISH> {
  static override styles = [tokens('quick-facts'), baseStyles, tableStyles, quickFactsStyles];

  protected override get english(): typeof ENGLISH {
    return ENGLISH;
  }

  protected override get standIn(): OccupationProfile {
    return PLACEHOLDER;
  }

  static override properties: PropertyDeclarations = {
    expanded: { state: true, attribute: false },
  };

  /** Terms whose definition is shown. */
  declare private expanded: ReadonlySet<GlossaryKey>;

  constructor() {
    super();
    this.expanded = new Set();
  }

  protected override renderProfile(profile: OccupationProfile): TemplateResult {
    const rows = profile.quickFacts
      ? quickFactRows(profile.quickFacts, this.strings, this.locale)
      : [];
    if (!rows.length) return this.renderEmpty(this.strings.noQuickFacts);
    return this.#renderTable(profile, rows);
  }

  #renderTable(profile: OccupationProfile, rows: QuickFactRow[]) {
    const glossary = profile.glossary ?? {};
    return html`<table role="table" part="table">
      <caption part="title">
        ${this.strings.quickFactsTitle(profile.occupation.title)}
      </caption>
      <tbody role="rowgroup">
        ${rows.map(
          (row) =>
            html`<tr role="row">
              <th
                role="rowheader"
                scope="row"
                part="label"
                @keydown=${(event: KeyboardEvent) => this.#onKeydown(event, row.key)}
              >
                ${this.#renderTerm(row.key, row.label, glossary[row.key])}
              </th>
              <td role="cell" part="value" class=${row.key === 'medianPay' ? 'pay' : ''}>
                ${row.values.map((value) => html`<span class="line">${value}</span>`)}
              </td>
            </tr>`,
        )}
      </tbody>
    </table>`;
  }

  #renderTerm(key: GlossaryKey, label: string, definition: string | undefined) {
    if (!definition) return label;
    const open = this.expanded.has(key);
    const id = `definition-${key}`;
    return html`<button
        type="button"
        class="term"
        part="term"
        aria-expanded=${open ? 'true' : 'false'}
        aria-controls=${id}
        @click=${() => this.#toggle(key)}
      >
        ${termWithMarker(label)}
      </button>
      <div id=${id} class="definition" part="definition" ?hidden=${!open}>${definition}</div>`;
  }

  /** `Escape` closes an open definition and puts focus back on its term. */
  #onKeydown(event: KeyboardEvent, key: GlossaryKey) {
    if (event.key !== 'Escape' || !this.expanded.has(key)) return;
    event.preventDefault();
    this.#toggle(key);
    (event.currentTarget as HTMLElement).querySelector<HTMLElement>('.term')?.focus();
  }

  #toggle(key: GlossaryKey) {
    const next = new Set(this.expanded);
    if (!next.delete(key)) next.add(key);
    this.expanded = next;
  }
}

define('occ-quick-facts', OccQuickFacts);

declare global {
  interface HTMLElementTagNameMap {
    'occ-quick-facts': OccQuickFacts;
  }
}
