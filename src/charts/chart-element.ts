/**
 * What the chart elements share beyond OccElement: their layout follows the element's own width
 * (see metrics.ts), text is measured in the element's font, and each chart has a "Show table" /
 * "Show chart" toggle.
 */
import { html, nothing, type PropertyDeclarations, type TemplateResult } from 'lit';
import { OccElement } from '../core/occ-element.js';
import type { ChartsStrings, CoreStrings } from '../i18n/en.js';
import { barChart, describeBars } from './bar-chart.js';
import type { BarDatum } from './bars.layout.js';
import { renderDataTable } from '../core/data-table.js';
import { chartMetrics, type ChartMetrics } from './metrics.js';

export type { ChartMetrics } from './metrics.js';

export abstract class OccChartElement<
  S extends CoreStrings & ChartsStrings = CoreStrings & ChartsStrings,
> extends OccElement<S> {
  static override properties: PropertyDeclarations = {
    view: { reflect: true },
    metrics: { state: true, attribute: false },
    announcement: { state: true, attribute: false },
  };

  /** Which view the element shows: `chart`, or `table` for the same data as a table. The toggle button switches it. */
  declare view: 'chart' | 'table';

  /** The element's content width, font size and text measure; undefined until first laid out. */
  declare protected metrics: ChartMetrics | undefined;

  /** Set after a toggle, so the live region announces the new view (and not on first render). */
  declare private announcement: string;

  constructor() {
    super();
    this.view = 'chart';
    this.announcement = '';
  }

  /** Whoever waits for this chart's next measurement: its first render, `updateComplete`. */
  #waiting: (() => void)[] = [];

  /**
   * Layout follows the element's own width. The first render waits for the first reading, so
   * each chart renders once, at its size, before the first paint.
   */
  override connectedCallback(): void {
    super.connectedCallback();
    chartMetrics.watch(this, this.#onMetrics);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    chartMetrics.unwatch(this);
    // Removed before its width was read: render without one rather than wait for ever.
    this.#release();
  }

  /** New metrics (and so a render) only for a new width or font (a new measure). */
  #onMetrics = (metrics: ChartMetrics) => {
    if (metrics.width !== this.metrics?.width || metrics.measure !== this.metrics.measure) {
      this.metrics = metrics;
    }
    this.#release();
  };

  /** The first render waits for the element's width (see connectedCallback). */
  protected override scheduleUpdate(): void | Promise<unknown> {
    return this.hasUpdated || this.metrics || !this.isConnected
      ? super.scheduleUpdate()
      : this.#nextMeasurement().then(() => super.scheduleUpdate());
  }

  /**
   * `updateComplete` (and so `occ-load`) includes a measurement and the render that follows it,
   * so the chart is drawn when it resolves. A detached element is never measured.
   */
  protected override async getUpdateComplete(): Promise<boolean> {
    const settled = await super.getUpdateComplete();
    if (this.metrics || !this.isConnected) return settled;
    chartMetrics.request(this);
    await this.#nextMeasurement();
    return super.getUpdateComplete();
  }

  /** Resolves at the next measurement, or when the element leaves the page before one. */
  #nextMeasurement(): Promise<void> {
    return new Promise((resolve) => this.#waiting.push(resolve));
  }

  #release() {
    for (const resolve of this.#waiting.splice(0)) resolve();
  }

  /** The toggle between chart and table, with a polite announcement of the new view. */
  protected renderToggle(): TemplateResult {
    const showingTable = this.view === 'table';
    // The label says what a press does; no aria-pressed as well (a pressed "Show chart" says it twice).
    return html`<button type="button" class="toggle" part="toggle" @click=${this.#toggle}>
        ${showingTable ? this.strings.showChart : this.strings.showTable}
      </button>
      <span class="visually-hidden" role="status">${this.announcement}</span>`;
  }

  /**
   * Whether to show tables instead of charts: in table view, and when the element has no width
   * (in a hidden tab, say, or printed from one), where a table still carries all the data.
   */
  protected get showsTables(): boolean {
    return this.view === 'table' || this.metrics?.width === 0;
  }

  /**
   * A bar chart figure: its caption and the bars, or in table view a table of the same data
   * whose caption is the chart's title. The title is said once, by the caption: the SVG's name is
   * its kind ("Bar chart") and its description the values.
   */
  protected renderBarsFigure(figure: {
    id: string;
    title: string;
    data: BarDatum[];
    /** Table view column headers: what the bars are (default "Occupation") and their values. */
    labelColumn?: string;
    valueColumn: string;
    /** Tick label text; the same function for the same format (`tickFormat()` in data/format). */
    tickFormat: (value: number) => string;
  }): TemplateResult {
    const {
      id,
      title,
      data,
      labelColumn = this.strings.occupationColumn,
      valueColumn,
      tickFormat,
    } = figure;
    if (this.showsTables) {
      return html`<figure>
        ${renderDataTable({
          caption: title,
          columns: [labelColumn, valueColumn],
          rows: data.map((d) => ({ header: d.label, value: d.text, focus: d.focus })),
          focusNote: this.strings.thisOccupation,
        })}
      </figure>`;
    }
    const description = describeBars(data, this.strings);
    return html`<figure>
      <figcaption part="title">${title}</figcaption>
      ${this.whenMeasured(
        (metrics) =>
          barChart(
            data,
            { ...metrics, tickFormat },
            { id, name: this.strings.barChart, description },
          ).drawing,
      )}
    </figure>`;
  }

  /** The chart when the element has been measured; until then (before first paint) nothing. */
  protected whenMeasured(
    chart: (metrics: ChartMetrics) => () => DocumentFragment,
  ): DocumentFragment | typeof nothing {
    return this.metrics?.width ? chart(this.metrics)() : nothing;
  }

  #toggle() {
    const table = this.view !== 'table';
    this.view = table ? 'table' : 'chart';
    this.announcement = table ? this.strings.showingTable : this.strings.showingChart;
  }
}
