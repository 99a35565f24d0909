import { html, nothing, type TemplateResult, type PropertyDeclarations } from 'lit';
import { linkVertical, symbol, symbolCircle, symbolDiamond } from 'd3-shape';
import type { Shape } from '../../charts/draw.js';
import { metricsKey, sharedChart } from '../../charts/memo.js';
import type { BarDatum } from '../../charts/bars.layout.js';
import { OccChartElement, type ChartMetrics } from '../../charts/chart-element.js';
import { chartStyles } from '../../charts/chart.styles.js';
import { renderDataTable } from '../../core/data-table.js';
import { define } from '../../core/define.js';
import { enCore, enCharts, enPay } from '../../i18n/en.js';
import { STAND_IN } from '../../data/stand-in.js';
import { STAND_IN_PAY } from '../../data/stand-in.tabs.js';
import { tickFormat } from '../../data/format.js';
import type { OccupationProfile, Pay } from '../../data/types.js';
import { baseStyles } from '../../styles/base.js';
import { tokens } from '../../styles/tokens.js';
import { tableStyles } from '../../styles/tables.js';
import {
  distributionSentence,
  layoutStrip,
  medianBars,
  percentileEntries,
  wageText,
  type Basis,
  type PayText,
  type PercentileEntry,
  type StripLayout,
} from './pay-chart.layout.js';
import { payChartStyles } from './pay-chart.styles.js';
import { payPeriod } from '../../data/periods.js';

/** Percentile markers, centred on 0,0: the median's a diamond, the others circles (areas in px²). */
const medianMarker = symbol(symbolDiamond, 110)()!;
const percentileMarker = symbol(symbolCircle, 64)()!;
/** A leader line from a marker to its label, leaving and arriving vertically. */
const leader = linkVertical();

/** The texts this element writes, in English (the groups it uses). */
const ENGLISH = { ...enCore, ...enCharts, ...enPay };

/** What the loading placeholder draws: the parts of the stand-in profile this element shows. */
const PLACEHOLDER: OccupationProfile = { ...STAND_IN, pay: STAND_IN_PAY };

/**
 * The OOH Pay tab: median wages of the occupation, its group and all occupations as bars, the
 * wage distribution from the 10th to the 90th percentile, and median wages in the top industries.
 *
 * @summary Median wages, wage distribution and wages by industry, as an accessible SVG chart.
 * @tag occ-pay-chart
 *
 * @fires {OccLoadEvent} occ-load - The profile loaded and is shown. `detail: { profile, src }`.
 * @fires {OccErrorEvent} occ-error - The profile could not be loaded or breaks the data contract. `detail: { error, src }`.
 *
 * @csspart title - Each figure's caption ("Median annual wages, May 2018").
 * @csspart toggle - The "Show table" / "Show chart" button.
 * @csspart chart - Each SVG chart (`role="img"`, described in words).
 * @csspart bar - A median-wage bar.
 * @csspart bar-focus - The highlighted occupation's bar (also has the `bar` part).
 * @csspart label - A bar's label.
 * @csspart value - A bar's value label.
 * @csspart axis - The axis tick labels.
 * @csspart distribution - The wage distribution figure.
 * @csspart sentence - The sentence that states the 10th and 90th percentiles (chart view; in table view the table has them).
 * @csspart industries - The top-industries section.
 * @csspart table - A data table (the table view, and the industries table).
 * @csspart source - The one-line source note (hidden by `hide-source`).
 * @csspart placeholder - The loading placeholder.
 * @csspart notice - The notice shown when neither `src` nor `data` is set.
 * @csspart empty - The message shown when the profile has no pay data.
 * @csspart error - The error message (`role="alert"`).
 *
 * @cssprop [--occ-pay-chart-color-bar=var(--occ-color-bar, #6f7782)] - Bar colour.
 * @cssprop [--occ-pay-chart-color-highlight=var(--occ-color-highlight, var(--occ-color-accent))] - The highlighted occupation's bar and the median marker.
 * @cssprop [--occ-pay-chart-color-grid=var(--occ-color-grid, #e1e4e8)] - Gridlines.
 * @cssprop [--occ-pay-chart-color-text=var(--occ-color-text, #1b1b1b)] - Text colour.
 * @cssprop [--occ-pay-chart-color-muted=var(--occ-color-muted, #565c65)] - Axis, zero line and secondary text.
 * @cssprop [--occ-pay-chart-color-accent=var(--occ-color-accent, #005ea2)] - Accent: the toggle button.
 * @cssprop [--occ-pay-chart-color-surface=var(--occ-color-surface, #ffffff)] - Background.
 * @cssprop [--occ-pay-chart-color-surface-alt=var(--occ-color-surface-alt, #f3f5f8)] - Placeholder and hover background.
 * @cssprop [--occ-pay-chart-color-border=var(--occ-color-border, #c9ced6)] - Borders and table rules.
 * @cssprop [--occ-pay-chart-color-focus=var(--occ-color-focus, #2378c3)] - Focus ring colour.
 * @cssprop [--occ-pay-chart-color-error=var(--occ-color-error, #b50909)] - Error accent colour.
 * @cssprop [--occ-pay-chart-font-family=var(--occ-font-family, inherit)] - Font family.
 * @cssprop [--occ-pay-chart-font-size=var(--occ-font-size, 1rem)] - Base font size (chart text is 0.875 of it).
 * @cssprop [--occ-pay-chart-radius=var(--occ-radius, 0.5rem)] - Corner radius.
 * @cssprop [--occ-pay-chart-space=var(--occ-space, 1rem)] - Inner padding.
 */
export class OccPayChart extends OccChartElement<typeof ENGLISH> {
  static override styles = [
    tokens('pay-chart'),
    baseStyles,
    tableStyles,
    chartStyles,
    payChartStyles,
  ];

  protected override get english(): typeof ENGLISH {
    return ENGLISH;
  }

  protected override get standIn(): OccupationProfile {
    return PLACEHOLDER;
  }

  static override properties: PropertyDeclarations = {
    basis: { reflect: true },
    hideDistribution: { type: Boolean, attribute: 'hide-distribution' },
    hideIndustries: { type: Boolean, attribute: 'hide-industries' },
  };

  /** `annual` or `hourly`: which wages every figure shows. */
  declare basis: Basis;

  /** Hides the wage distribution (the percentile strip and its sentence). */
  declare hideDistribution: boolean;

  /** Hides the table of median wages in the top industries. */
  declare hideIndustries: boolean;

  constructor() {
    super();
    this.basis = 'annual';
    this.hideDistribution = false;
    this.hideIndustries = false;
  }

  protected override renderProfile(profile: OccupationProfile): TemplateResult {
    const { strings, locale } = this;
    const hourly = this.basis === 'hourly';
    const basis: Basis = hourly ? 'hourly' : 'annual';
    const text = { strings, locale };
    const medians = medianBars(profile, basis, text);
    const percentiles = this.hideDistribution ? [] : percentileEntries(profile, basis, text);
    const industries = this.hideIndustries ? [] : (profile.pay?.industries ?? []);
    if (!medians.length && !percentiles.length && !industries.length) {
      return this.renderEmpty(strings.noPay);
    }
    const period = payPeriod(profile);
    return html`${this.renderToggle()}
    ${medians.length ? this.#renderMedians(medians, strings.payTitle(hourly, period), hourly) : nothing}
    ${
      percentiles.length
        ? this.#renderDistribution(
            percentiles,
            strings.distributionTitle(hourly, period),
            distributionSentence(profile, basis, text),
            medians.find((d) => d.focus && d.value !== undefined)?.text,
          )
        : nothing
    }
    ${
      industries.length
        ? this.#renderIndustries(industries, strings.industriesTitle(hourly, period), basis, text)
        : nothing
    }`;
  }

  #renderIndustries(
    industries: NonNullable<Pay['industries']>,
    caption: string,
    basis: Basis,
    text: PayText,
  ) {
    const { strings } = this;
    return html`<div class="after" part="industries">
      ${
        industries.some((row) => row[basis] !== undefined)
          ? renderDataTable({
              caption,
              columns: [strings.industry, strings.medianWage(basis === 'hourly')],
              rows: industries.map((row) => ({
                header: row.industry,
                value:
                  row[basis] === undefined
                    ? strings.notAvailable
                    : wageText(row[basis]!, basis, text),
              })),
            })
          : html`<p class="caption">${caption}</p>
              ${this.renderEmpty(strings.noHourly)}`
      }
    </div>`;
  }

  #renderMedians(data: BarDatum[], title: string, hourly: boolean) {
    if (!data.some((d) => d.value !== undefined)) {
      return html`<figure>
        <figcaption part="title">${title}</figcaption>
        ${this.renderEmpty(this.strings.noHourly)}
      </figure>`;
    }
    return this.renderBarsFigure({
      id: 'medians',
      title,
      data,
      valueColumn: this.strings.medianWage(hourly),
      // Whole dollars on the axis; cents only for hourly ticks that need them.
      tickFormat: tickFormat(this.locale, hourly ? 'hourly' : 'dollars'),
    });
  }

  /**
   * The wage distribution: in chart view the strip and the OOH sentence. Each figure is said once:
   * the sentence states the 10th and 90th percentiles and the median bars the occupation's median
   * (`statedMedian`), so the strip's description states only the others. In table view a table
   * of them all.
   */
  #renderDistribution(
    entries: PercentileEntry[],
    title: string,
    sentence: string,
    statedMedian: string | undefined,
  ) {
    const { strings } = this;
    if (this.showsTables) {
      return html`<figure class="after" part="distribution">
        ${renderDataTable({
          caption: title,
          columns: [strings.percentileColumn, strings.wage],
          rows: entries.map((e) => ({ header: strings.percentileName[e.key], value: e.text })),
        })}
      </figure>`;
    }
    const unstated = entries.filter((e) =>
      e.key === 'p50'
        ? e.text !== statedMedian
        : !(sentence && (e.key === 'p10' || e.key === 'p90')),
    );
    const description = unstated.length
      ? `${unstated.map((e) => strings.item(strings.percentileName[e.key], e.text)).join('; ')}.`
      : '';
    return html`<figure class="after" part="distribution">
      <figcaption part="title">${title}</figcaption>
      ${this.whenMeasured((metrics) => this.#renderStrip(entries, metrics, description))}
      ${sentence ? html`<p class="sentence" part="sentence">${sentence}</p>` : nothing}
    </figure>`;
  }

  #renderStrip(entries: PercentileEntry[], metrics: ChartMetrics, description: string) {
    return sharedChart(
      `strip|${metricsKey(metrics)}|${JSON.stringify(entries)}`,
      { id: 'distribution', name: this.strings.distributionChart, description },
      () => layoutStrip(entries, metrics),
      (layout) => ['strip', stripShapes(layout)],
    ).drawing;
  }
}

function stripShapes({ y, x1, x2, labels }: StripLayout): Shape[] {
  return [
    ['line', { class: 'range', x1, x2, y1: y, y2: y }],
    ...labels.flatMap(({ x, labelX, leaderY, nameY, valueY, entry }): Shape[] => {
      const median = entry.key === 'p50';
      return [
        ['path', { class: 'leader', d: leader({ source: [x, y], target: [labelX, leaderY] })! }],
        [
          'path',
          {
            class: median ? 'marker median' : 'marker',
            d: median ? medianMarker : percentileMarker,
            transform: `translate(${x},${y})`,
          },
        ],
        ['text', { class: 'name', x: labelX, y: nameY, 'text-anchor': 'middle' }, entry.name],
        ['text', { class: 'value', x: labelX, y: valueY, 'text-anchor': 'middle' }, entry.text],
      ];
    }),
  ];
}

define('occ-pay-chart', OccPayChart);

declare global {
  interface HTMLElementTagNameMap {
    'occ-pay-chart': OccPayChart;
  }
}
