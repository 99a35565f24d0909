import { html, type PropertyValues, type TemplateResult, type PropertyDeclarations } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { OccElement } from '../../core/occ-element.js';
import { coveredByNote, renderLink } from '../../core/data-link.js';
import { define } from '../../core/define.js';
import { OccSortChangeEvent } from '../../core/events.js';
import { labelWithIndicator } from '../../core/sort-indicator.js';
import { enCore, enCoveredBy, enFigures, enSimilar } from '../../i18n/en.js';
import { STAND_IN, STAND_IN_QUICK_FACTS } from '../../data/stand-in.js';
import { STAND_IN_SIMILAR } from '../../data/stand-in.tabs.js';
import { formatWage } from '../../data/format.js';
import type { OccupationProfile, SimilarOccupation } from '../../data/types.js';
import { baseStyles } from '../../styles/base.js';
import { tokens } from '../../styles/tokens.js';
import { tableStyles } from '../../styles/tables.js';
import { sortStyles } from '../../styles/sort.js';
import { cardStyles } from '../../styles/cards.js';
import { similarStyles } from './similar.styles.js';
import {
  nextSort,
  parseSort,
  sortSimilar,
  type SimilarSort,
  type SimilarSortKey,
  type SortDirection,
} from './similar.sort.js';

export type { SimilarSort } from './similar.sort.js';

// Its event lives with the others; importing it from this module keeps working.
export { OccSortChangeEvent } from '../../core/events.js';

/** The texts this element writes, in English (the groups it uses). */
const ENGLISH = { ...enCore, ...enFigures, ...enSimilar, ...enCoveredBy };

/** What the loading placeholder draws: the parts of the stand-in profile this element shows. */
const PLACEHOLDER: OccupationProfile = {
  ...STAND_IN,
  quickFacts: STAND_IN_QUICK_FACTS,
  similar: STAND_IN_SIMILAR,
};

/**
 * The OOH Similar Occupations table: each occupation (a link to its profile), its job duties,
 * typical entry-level education and median pay. The education and pay headers are buttons that
 * sort the table; on narrow widths (below about 36rem) each row becomes a card, the headers a
 * "Sort by" bar.
 *
 * @summary Occupations with similar duties, sortable by entry-level education and median pay.
 * @tag occ-similar
 *
 * @fires {OccLoadEvent} occ-load - The profile loaded and is shown. `detail: { profile, src }`.
 * @fires {OccErrorEvent} occ-error - The profile could not be loaded or breaks the data contract. `detail: { error, src }`.
 * @fires {OccSortChangeEvent} occ-sort-change - The reader sorted the table (fired once the new order is shown; not fired when the page sets `sort`). `detail: { sort }`.
 *
 * @csspart table - The similar occupations table.
 * @csspart title - The table caption ("Similar occupations to …").
 * @csspart link - An occupation's link to its profile page (and, for a numbers-only occupation,
 *   the link to the Handbook profile that covers it).
 * @csspart sort-button - A column header's sort button (entry-level education, median pay).
 * @csspart source - The one-line source note (hidden by `hide-source`).
 * @csspart placeholder - The loading placeholder.
 * @csspart notice - The notice shown when neither `src` nor `data` is set.
 * @csspart empty - The message shown when the profile has no similar occupations; for a
 *   numbers-only occupation it names and links the Handbook profile that covers it.
 * @csspart error - The error message (`role="alert"`).
 *
 * @cssprop [--occ-similar-color-text=var(--occ-color-text, #1b1b1b)] - Text colour.
 * @cssprop [--occ-similar-color-muted=var(--occ-color-muted, #565c65)] - Secondary text colour: card labels and "Not available".
 * @cssprop [--occ-similar-color-accent=var(--occ-color-accent, #005ea2)] - Accent: links and sort indicators.
 * @cssprop [--occ-similar-color-surface=var(--occ-color-surface, #ffffff)] - Background.
 * @cssprop [--occ-similar-color-surface-alt=var(--occ-color-surface-alt, #f3f5f8)] - Sort button hover and placeholder background.
 * @cssprop [--occ-similar-color-border=var(--occ-color-border, #c9ced6)] - Borders and row rules.
 * @cssprop [--occ-similar-color-focus=var(--occ-color-focus, #2378c3)] - Focus ring colour.
 * @cssprop [--occ-similar-color-error=var(--occ-color-error, #b50909)] - Error accent colour.
 * @cssprop [--occ-similar-font-family=var(--occ-font-family, inherit)] - Font family.
 * @cssprop [--occ-similar-font-size=var(--occ-font-size, 1rem)] - Base font size.
 * @cssprop [--occ-similar-radius=var(--occ-radius, 0.5rem)] - Corner radius.
 * @cssprop [--occ-similar-space=var(--occ-space, 1rem)] - Inner padding.
 */
export class OccSimilar extends OccElement<typeof ENGLISH> {
  static override styles = [
    tokens('similar'),
    baseStyles,
    tableStyles,
    sortStyles,
    similarStyles,
    // Last: the cards undo the table's layout, whatever the element's own rules set.
    cardStyles(36, 8),
  ];

  protected override get english(): typeof ENGLISH {
    return ENGLISH;
  }

  protected override get standIn(): OccupationProfile {
    return PLACEHOLDER;
  }

  /**
   * The table's order: `pay` or `education` (ascending), `-pay` or `-education` (descending), or
   * unset for the profile's order. Rows without pay, or with an education that is not a BLS
   * category ("See How to Become One"), come last either way; ties keep the profile's order.
   * The column header buttons set it.
   */
  declare sort: SimilarSort | undefined;

  /**
   * Where an occupation's link goes on this site, e.g. `/careers/{slug}`, for the rows the
   * dataset has a profile of (`slug`) and the Handbook profile that covers a numbers-only
   * occupation; unset, or for other rows, BLS's page.
   */
  declare hrefTemplate: string | undefined;

  /** What the live region says: the new order, after the reader sorts (not on first render). */
  declare private announcement: string;

  static override properties: PropertyDeclarations = {
    sort: { reflect: true },
    hrefTemplate: { attribute: 'href-template' },
    announcement: { state: true, attribute: false },
  };

  constructor() {
    super();
    this.announcement = '';
  }

  #sortedByReader = false;

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    // The page changed the order: the last announcement no longer describes it.
    if (changed.has('sort') && !this.#sortedByReader) this.announcement = '';
    this.#sortedByReader = false;
  }

  protected override renderProfile(profile: OccupationProfile): TemplateResult {
    const rows = profile.similar ?? [];
    if (!rows.length) {
      return this.renderEmpty(
        this.strings.noSimilar,
        coveredByNote(profile, this.strings.coveredBy, this.linkOptions(this.hrefTemplate)),
      );
    }
    return this.#renderTable(profile, rows);
  }

  #renderTable(profile: OccupationProfile, rows: readonly SimilarOccupation[]) {
    const sorted = parseSort(this.sort);
    const direction = (key: SimilarSortKey) => (sorted?.key === key ? sorted.direction : undefined);
    const labels = {
      duties: this.strings.jobDuties,
      education: this.strings.entryLevelEducationColumn,
      pay: this.strings.medianPay(profile.quickFacts?.medianPay?.year),
    };
    return html`<table role="table" part="table">
        <caption part="title">
          ${this.strings.similarTitle(profile.occupation.title)}
          <span class="visually-hidden">${this.strings.sortableHint}</span>
          <span class="sort-by" aria-hidden="true">${this.strings.sortBy}</span>
        </caption>
        <thead role="rowgroup">
          <tr role="row">
            <th role="columnheader" scope="col" class="occupation">
              ${this.strings.occupationColumn}
            </th>
            <th role="columnheader" scope="col" class="duties">${labels.duties}</th>
            ${this.#renderSortHeader('education', labels.education, direction('education'))}
            ${this.#renderSortHeader('pay', labels.pay, direction('pay'))}
          </tr>
        </thead>
        <tbody role="rowgroup">
          ${sortSimilar(rows, this.sort).map((row) => this.#renderRow(row, labels))}
        </tbody>
      </table>
      <span class="visually-hidden" role="status">${this.announcement}</span>`;
  }

  #renderSortHeader(key: SimilarSortKey, label: string, direction: SortDirection | undefined) {
    return html`<th
      role="columnheader"
      scope="col"
      class="sortable ${key}"
      aria-sort=${ifDefined(direction)}
    >
      <button type="button" class="sort" part="sort-button" @click=${() => this.#sortBy(key)}>
        ${labelWithIndicator(label, direction ?? 'none')}
      </button>
    </th>`;
  }

  #renderRow(row: SimilarOccupation, labels: { duties: string; education: string; pay: string }) {
    const pay =
      row.medianPay === undefined
        ? undefined
        : formatWage(row.medianPay, this.locale, this.strings.orMore);
    return html`<tr role="row">
      <th role="rowheader" scope="row" class="occupation">
        ${renderLink({ href: row.url, slug: row.slug }, row.title, this.linkOptions(this.hrefTemplate))}
      </th>
      <td role="cell" class="duties">
        <span class="cell-label" aria-hidden="true">${labels.duties}</span>
        ${row.duties ?? html`<span class="missing">${this.strings.notAvailable}</span>`}
      </td>
      <td role="cell" class="education">
        <span class="cell-label" aria-hidden="true">${labels.education}</span>
        ${
          row.entryLevelEducation === undefined
            ? html`<span class="missing">${this.strings.notAvailable}</span>`
            : this.strings.vocabulary(row.entryLevelEducation)
        }
      </td>
      <td role="cell" class="pay">
        <span class="cell-label" aria-hidden="true">${labels.pay}</span>
        ${pay ?? html`<span class="missing">${this.strings.notAvailable}</span>`}
      </td>
    </tr>`;
  }

  async #sortBy(key: SimilarSortKey) {
    const sort = nextSort(this.sort, key);
    const ascending = !sort.startsWith('-');
    this.#sortedByReader = true;
    this.sort = sort;
    this.announcement =
      key === 'pay'
        ? this.strings.sortedByPay(ascending)
        : this.strings.sortedByEducation(ascending);
    await this.updateComplete;
    this.dispatchEvent(new OccSortChangeEvent({ sort }));
  }
}

define('occ-similar', OccSimilar);

declare global {
  interface HTMLElementTagNameMap {
    'occ-similar': OccSimilar;
  }
}
