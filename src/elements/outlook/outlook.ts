import { html, nothing, type TemplateResult } from 'lit';
import type { BarDatum } from '../../charts/bars.layout.js';
import { OccChartElement } from '../../charts/chart-element.js';
import { chartStyles } from '../../charts/chart.styles.js';
import { define } from '../../core/define.js';
import { enCore, enFigures, enCharts, enOutlook } from '../../i18n/en.js';
import { STAND_IN, STAND_IN_QUICK_FACTS } from '../../data/stand-in.js';
import { STAND_IN_OUTLOOK } from '../../data/stand-in.tabs.js';
import { formatNumber, formatPercent, tickFormat } from '../../data/format.js';
import type { OccupationProfile } from '../../data/types.js';
import { safeHref } from '../../data/url.js';
import { baseStyles } from '../../styles/base.js';
import { tokens } from '../../styles/tokens.js';
import { tableStyles } from '../../styles/tables.js';
import { changeBars, projectionRows, type ProjectionRow } from './outlook.layout.js';
import { projectionYears } from '../../data/periods.js';
import { outlookStyles } from './outlook.styles.js';

/** The texts this element writes, in English (the groups it uses). */
const ENGLISH = { ...enCore, ...enFigures, ...enCharts, ...enOutlook };

/** What the loading placeholder draws: the parts of the stand-in profile this element shows. */
const PLACEHOLDER: OccupationProfile = {
  ...STAND_IN,
  quickFacts: STAND_IN_QUICK_FACTS,
  outlook: STAND_IN_OUTLOOK,
};

/**
 * The OOH Job Outlook tab: projected percent change in employment for the occupation, its group
 * and all occupations as bars around a zero baseline (declines draw to the left), the outlook
 * phrase and average, and the employment projections table.
 *
 * @summary Projected employment change, as an accessible SVG chart and the projections table.
 * @tag occ-outlook
 *
 * @fires {OccLoadEvent} occ-load - The profile loaded and is shown. `detail: { profile, src }`.
 * @fires {OccErrorEvent} occ-error - The profile could not be loaded or breaks the data contract. `detail: { error, src }`.
 *
 * @csspart title - The chart's caption ("Percent change in employment, projected 2018-28").
 * @csspart toggle - The "Show table" / "Show chart" button.
 * @csspart chart - The SVG chart (`role="img"`, described in words).
 * @csspart bar - A percent-change bar.
 * @csspart bar-focus - The highlighted occupation's bar (also has the `bar` part).
 * @csspart label - A bar's label.
 * @csspart value - A bar's value label.
 * @csspart axis - The axis tick labels.
 * @csspart summary - The outlook phrase and the all-occupations average.
 * @csspart projections - The employment projections section.
 * @csspart table - A data table (the table view, and the projections table).
 * @csspart link - The "Get data" link.
 * @csspart source - The one-line source note (hidden by `hide-source`).
 * @csspart placeholder - The loading placeholder.
 * @csspart notice - The notice shown when neither `src` nor `data` is set.
 * @csspart empty - The message shown when the profile has no outlook data.
 * @csspart error - The error message (`role="alert"`).
 *
 * @cssprop [--occ-outlook-color-bar=var(--occ-color-bar, #6f7782)] - Bar colour.
 * @cssprop [--occ-outlook-color-highlight=var(--occ-color-highlight, var(--occ-color-accent))] - The highlighted occupation's bar.
 * @cssprop [--occ-outlook-color-grid=var(--occ-color-grid, #e1e4e8)] - Gridlines.
 * @cssprop [--occ-outlook-color-text=var(--occ-color-text, #1b1b1b)] - Text colour.
 * @cssprop [--occ-outlook-color-muted=var(--occ-color-muted, #565c65)] - Axis, zero line and secondary text.
 * @cssprop [--occ-outlook-color-accent=var(--occ-color-accent, #005ea2)] - Accent: links and the toggle button.
 * @cssprop [--occ-outlook-color-surface=var(--occ-color-surface, #ffffff)] - Background.
 * @cssprop [--occ-outlook-color-surface-alt=var(--occ-color-surface-alt, #f3f5f8)] - Placeholder and hover background.
 * @cssprop [--occ-outlook-color-border=var(--occ-color-border, #c9ced6)] - Borders and table rules.
 * @cssprop [--occ-outlook-color-focus=var(--occ-color-focus, #2378c3)] - Focus ring colour.
 * @cssprop [--occ-outlook-color-error=var(--occ-color-error, #b50909)] - Error accent colour.
 * @cssprop [--occ-outlook-font-family=var(--occ-font-family, inherit)] - Font family.
 * @cssprop [--occ-outlook-font-size=var(--occ-font-size, 1rem)] - Base font size (chart text is 0.875 of it).
 * @cssprop [--occ-outlook-radius=var(--occ-radius, 0.5rem)] - Corner radius.
 * @cssprop [--occ-outlook-space=var(--occ-space, 1rem)] - Inner padding.
 */
export class OccOutlook extends OccChartElement<typeof ENGLISH> {
  static override styles = [tokens('outlook'), baseStyles, tableStyles, chartStyles, outlookStyles];

  protected override get english(): typeof ENGLISH {
    return ENGLISH;
  }

  protected override get standIn(): OccupationProfile {
    return PLACEHOLDER;
  }

  protected override renderProfile(profile: OccupationProfile): TemplateResult {
    const changes = changeBars(profile, this.locale);
    const projections = projectionRows(profile, this.locale);
    const change = profile.quickFacts?.employmentChange;
    if (!changes.length && !projections.length && change?.count === undefined) {
      return this.renderEmpty(this.strings.noOutlook);
    }
    const { period } = projectionYears(profile);
    return html`${changes.length ? this.renderToggle() : nothing}
    ${changes.length ? this.#renderChanges(changes, this.strings.outlookTitle(period)) : nothing}
    ${this.#renderSummary(profile)}
    ${projections.length ? this.#renderProjections(profile, projections) : nothing}`;
  }

  #renderChanges(data: BarDatum[], title: string) {
    return this.renderBarsFigure({
      id: 'changes',
      title,
      data,
      valueColumn: this.strings.percentChange,
      tickFormat: tickFormat(this.locale, 'percent'),
    });
  }

  /** "Much faster than average. The average growth rate for all occupations is 5%." */
  #renderSummary(profile: OccupationProfile) {
    const phrase = profile.quickFacts?.outlook?.phrase;
    const average = profile.outlook?.averagePercent;
    const change = profile.quickFacts?.employmentChange;
    const showChange = change?.count !== undefined && !profile.outlook?.projections?.length;
    if (!phrase && average === undefined && !showChange) return nothing;
    const { period } = projectionYears(profile);
    return html`<p class="summary" part="summary">
      ${phrase ? html`<strong>${this.strings.vocabulary(phrase)}.</strong>` : nothing}
      ${average !== undefined ? this.strings.averageSentence(formatPercent(average, this.locale)) : nothing}
      ${
        showChange
          ? this.strings.item(
              this.strings.employmentChange(period),
              formatNumber(change!.count!, this.locale),
            )
          : nothing
      }
    </p>`;
  }

  #renderProjections(profile: OccupationProfile, rows: ProjectionRow[]) {
    const { startYear, endYear, period } = projectionYears(profile);
    const caption = this.strings.projectionsCaption(profile.occupation.title, period);
    const dataUrl = safeHref(profile.source?.dataUrl, this.baseUrl);
    // Six columns do not fit a phone: there the table turns, one row per figure.
    const phone = (this.metrics?.width ?? Infinity) < 560;
    const narrow = phone && rows.length === 1;
    const change = this.strings.changeIn(period);
    return html`<div class="after" part="projections">
      ${
        narrow
          ? html`<table part="table" class="numeric transposed">
              <caption>
                ${lines(caption, phone ? 2 : 1)}
              </caption>
              <thead>
                <tr>
                  <td></td>
                  ${rows.map((row) => html`<th scope="col">${lines(row.title, 2)}</th>`)}
                </tr>
              </thead>
              <tbody>
                ${[
                  this.strings.socCode,
                  this.strings.employmentIn(startYear),
                  this.strings.projectedIn(endYear),
                  `${change}, ${this.strings.percent.toLowerCase()}`,
                  `${change}, ${this.strings.numeric.toLowerCase()}`,
                ].map(
                  (field, i) =>
                    html`<tr>
                      <th scope="row">${field}</th>
                      ${rows.map((row) => html`<td>${row.cells[i]}</td>`)}
                    </tr>`,
                )}
              </tbody>
            </table>`
          : html`<table part="table" class="numeric">
              <caption>
                ${lines(caption, phone ? 2 : 1)}
              </caption>
              <thead>
                <tr>
                  <th scope="col" rowspan="2">${this.strings.occupationalTitle}</th>
                  <th scope="col" rowspan="2">${this.strings.socCode}</th>
                  <th scope="col" rowspan="2">${this.strings.employmentIn(startYear)}</th>
                  <th scope="col" rowspan="2">${this.strings.projectedIn(endYear)}</th>
                  <th scope="colgroup" colspan="2">${change}</th>
                </tr>
                <tr>
                  <th scope="col">${this.strings.percent}</th>
                  <th scope="col">${this.strings.numeric}</th>
                </tr>
              </thead>
              <tbody>
                ${rows.map(
                  (row) =>
                    html`<tr>
                      <th scope="row">${lines(row.title, 2)}</th>
                      ${row.cells.map((cell) => html`<td>${cell}</td>`)}
                    </tr>`,
                )}
              </tbody>
            </table>
          </div>`
      }
      ${
        dataUrl
          ? html`<p class="links">
              <a part="link" href=${dataUrl}
                >${this.strings.getData}<span class="visually-hidden">
                  (${this.strings.getDataLabel(profile.occupation.title)})</span
                ></a
              >
            </p>`
          : nothing
      }
    </div>`;
  }
}

/**
 * Text that takes `count` lines for every occupation, however long its title: cut with an ellipsis
 * past them, and given room for them when shorter. The whole text stays in the table for screen
 * readers, and shows as a tooltip.
 */
const lines = (text: string, count: 1 | 2) =>
  html`<span class="lines-${count}" title=${text}>${text}</span>`;

define('occ-outlook', OccOutlook);

declare global {
  interface HTMLElementTagNameMap {
    'occ-outlook': OccOutlook;
  }
}
