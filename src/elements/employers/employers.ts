import { html, nothing, type PropertyDeclarations, type TemplateResult } from 'lit';
import type { BarDatum } from '../../charts/bars.layout.js';
import { OccChartElement } from '../../charts/chart-element.js';
import { chartStyles } from '../../charts/chart.styles.js';
import { coveredByNote } from '../../core/data-link.js';
import { define } from '../../core/define.js';
import { enCore, enCharts, enCoveredBy, enEmployers } from '../../i18n/en.js';
import { STAND_IN, STAND_IN_QUICK_FACTS } from '../../data/stand-in.js';
import { STAND_IN_EMPLOYERS } from '../../data/stand-in.tabs.js';
import { formatNumber, formatPercent, tickFormat } from '../../data/format.js';
import type { OccupationProfile } from '../../data/types.js';
import { baseStyles } from '../../styles/base.js';
import { tokens } from '../../styles/tokens.js';
import { tableStyles } from '../../styles/tables.js';

/** The texts this element writes, in English (the groups it uses). */
const ENGLISH = { ...enCore, ...enCharts, ...enEmployers, ...enCoveredBy };

/** What the loading placeholder draws: the parts of the stand-in profile this element shows. */
const PLACEHOLDER: OccupationProfile = {
  ...STAND_IN,
  quickFacts: STAND_IN_QUICK_FACTS,
  employers: STAND_IN_EMPLOYERS,
};

/**
 * The largest employers of the occupation (OOH Work Environment tab): each industry's share of
 * the occupation's jobs as bars with percent labels, in data order, with a table view.
 *
 * @summary The industries that employ the occupation, as an accessible SVG chart.
 * @tag occ-employers
 *
 * @fires {OccLoadEvent} occ-load - The profile loaded and is shown. `detail: { profile, src }`.
 * @fires {OccErrorEvent} occ-error - The profile could not be loaded or breaks the data contract. `detail: { error, src }`.
 *
 * @csspart title - The chart's caption ("Largest employers, 2018").
 * @csspart toggle - The "Show table" / "Show chart" button.
 * @csspart chart - The SVG chart (`role="img"`, described in words).
 * @csspart bar - An industry's bar.
 * @csspart label - A bar's label (the industry).
 * @csspart value - A bar's value label (the share of jobs).
 * @csspart axis - The axis tick labels.
 * @csspart summary - The sentence with the occupation's number of jobs.
 * @csspart table - The table view.
 * @csspart source - The one-line source note (hidden by `hide-source`).
 * @csspart placeholder - The loading placeholder.
 * @csspart notice - The notice shown when neither `src` nor `data` is set.
 * @csspart empty - The message shown when the profile has no employer data; for a numbers-only
 *   occupation it names and links the Handbook profile that covers it.
 * @csspart link - That link.
 * @csspart error - The error message (`role="alert"`).
 *
 * @cssprop [--occ-employers-color-bar=var(--occ-color-bar, #6f7782)] - Bar colour.
 * @cssprop [--occ-employers-color-grid=var(--occ-color-grid, #e1e4e8)] - Gridlines.
 * @cssprop [--occ-employers-color-text=var(--occ-color-text, #1b1b1b)] - Text colour.
 * @cssprop [--occ-employers-color-muted=var(--occ-color-muted, #565c65)] - Axis, zero line and secondary text.
 * @cssprop [--occ-employers-color-accent=var(--occ-color-accent, #005ea2)] - Accent: the toggle button.
 * @cssprop [--occ-employers-color-surface=var(--occ-color-surface, #ffffff)] - Background.
 * @cssprop [--occ-employers-color-surface-alt=var(--occ-color-surface-alt, #f3f5f8)] - Placeholder and hover background.
 * @cssprop [--occ-employers-color-border=var(--occ-color-border, #c9ced6)] - Borders and table rules.
 * @cssprop [--occ-employers-color-focus=var(--occ-color-focus, #2378c3)] - Focus ring colour.
 * @cssprop [--occ-employers-color-error=var(--occ-color-error, #b50909)] - Error accent colour.
 * @cssprop [--occ-employers-font-family=var(--occ-font-family, inherit)] - Font family.
 * @cssprop [--occ-employers-font-size=var(--occ-font-size, 1rem)] - Base font size (chart text is 0.875 of it).
 * @cssprop [--occ-employers-radius=var(--occ-radius, 0.5rem)] - Corner radius.
 * @cssprop [--occ-employers-space=var(--occ-space, 1rem)] - Inner padding.
 */
export class OccEmployers extends OccChartElement<typeof ENGLISH> {
  static override styles = [tokens('employers'), baseStyles, tableStyles, chartStyles];

  static override properties: PropertyDeclarations = {
    hrefTemplate: { attribute: 'href-template' },
  };

  /**
   * Where the link to the Handbook profile that covers a numbers-only occupation goes on this
   * site, e.g. `/careers/{slug}`; unset, BLS's page.
   */
  declare hrefTemplate: string | undefined;

  protected override get english(): typeof ENGLISH {
    return ENGLISH;
  }

  protected override get standIn(): OccupationProfile {
    return PLACEHOLDER;
  }

  protected override renderProfile(profile: OccupationProfile): TemplateResult {
    const employers = profile.employers;
    const data: BarDatum[] = (employers?.industries ?? []).map((row) => ({
      label: row.industry,
      value: row.percent,
      text:
        row.percent === undefined
          ? this.strings.notAvailable
          : formatPercent(row.percent, this.locale),
    }));
    if (!data.length) {
      return this.renderEmpty(
        this.strings.noEmployers,
        coveredByNote(profile, this.strings.coveredBy, this.linkOptions(this.hrefTemplate)),
      );
    }
    const jobs = profile.quickFacts?.jobs;
    return html`${this.renderToggle()}
    ${this.renderBarsFigure({
      id: 'employers',
      title: this.strings.employersTitle(employers?.year),
      data,
      labelColumn: this.strings.industry,
      valueColumn: this.strings.shareOfJobs,
      tickFormat: tickFormat(this.locale, 'percent'),
    })}
    ${
      jobs?.count !== undefined
        ? html`<p class="after" part="summary">
            ${this.strings.heldJobs(profile.occupation.title, formatNumber(jobs.count, this.locale), jobs.year)}
          </p>`
        : nothing
    }`;
  }
}

define('occ-employers', OccEmployers);

declare global {
  interface HTMLElementTagNameMap {
    'occ-employers': OccEmployers;
  }
}
