/**
 * What the chart elements share beyond OccElement: their layout follows the element's own width
 * (a ResizeObserver, not the window), text is measured in the element's font, and each chart
 * has a "Show table" / "Show chart" toggle.
 */
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { OccElement } from '../core/occ-element.js';
import { describeBars, renderBarChart } from './bar-chart.js';
import { layoutBars, type BarDatum } from './bars.layout.js';
import { renderDataTable } from './data-table.js';
import { canvasMeasure, type Measure } from './text.js';

/** Chart text is this much of the element's font size. */
const CHART_TEXT = 0.875;

export interface ChartMetrics {
  width: number;
  fontSize: number;
  measure: Measure;
}

export abstract class OccChartElement extends OccElement {
  /** Which view the element shows: `chart`, or `table` for the same data as a table. The toggle button switches it. */
  @property({ reflect: true }) accessor view: 'chart' | 'table' = 'chart';

  /** The element's content width, font size and text measure; undefined until first laid out. */
  @state() protected accessor metrics: ChartMetrics | undefined;

  /** Set after a toggle, so the live region announces the new view (and not on first render). */
  @state() private accessor announcement = '';

  #font = '';
  #observer: ResizeObserver | undefined;
  #resolveMeasured!: () => void;
  #measured = new Promise<void>((resolve) => (this.#resolveMeasured = resolve));

  /** Charts waiting for their width to be read, and the frame that will read them all. */
  static #pending = new Set<OccChartElement>();
  static #frame = 0;

  /**
   * Layout follows the element's own width: a ResizeObserver watches a zero-height sizer as wide
   * as the content (not the host, whose height changes with each render) and asks for a
   * measurement. Measurements are made in one animation frame for every chart waiting for one:
   * that frame runs before the browser lays out and paints, so the chart is in the first paint
   * (no layout shift), all widths are read before any chart re-renders (one layout, however many
   * charts), and nothing changes layout during the browser's resize step, where a change would
   * be reported to every observer on the page as a "ResizeObserver loop".
   */
  override connectedCallback(): void {
    super.connectedCallback();
    if (this.hasUpdated) this.#observe();
  }

  protected override firstUpdated(changed: PropertyValues): void {
    super.firstUpdated(changed);
    this.#observe();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#observer?.disconnect();
    OccChartElement.#pending.delete(this);
  }

  protected override render() {
    return html`<div class="sizer"></div>
      ${super.render()}`;
  }

  /**
   * `updateComplete` (and so `occ-load`) includes the first measurement and the render that
   * follows it, so the chart is drawn when it resolves. A detached element is never measured.
   */
  protected override async getUpdateComplete(): Promise<boolean> {
    const settled = await super.getUpdateComplete();
    if (this.metrics || !this.isConnected) return settled;
    await this.#measured;
    return super.getUpdateComplete();
  }

  #observe() {
    const sizer = this.renderRoot.querySelector('.sizer');
    if (!sizer || !this.isConnected) return;
    this.#observer ??= new ResizeObserver(([entry]) => {
      const width = Math.floor(entry!.contentBoxSize[0]?.inlineSize ?? entry!.contentRect.width);
      if (width !== this.metrics?.width) this.#schedule();
    });
    this.#observer.observe(sizer);
    this.#schedule();
  }

  #schedule() {
    OccChartElement.#pending.add(this);
    if (!OccChartElement.#frame) {
      OccChartElement.#frame = requestAnimationFrame(() => OccChartElement.#measureAll());
    }
  }

  static #measureAll() {
    OccChartElement.#frame = 0;
    const charts = [...OccChartElement.#pending].filter((chart) => chart.isConnected);
    OccChartElement.#pending.clear();
    // Every read first, then every write: one layout for all the charts on the page.
    const readings = charts.map((chart) => chart.#read());
    charts.forEach((chart, i) => chart.#apply(readings[i]!));
  }

  #read() {
    const sizer = this.renderRoot.querySelector('.sizer')!;
    const style = getComputedStyle(this);
    return {
      width: Math.floor(sizer.getBoundingClientRect().width),
      fontSize: parseFloat(style.fontSize) * CHART_TEXT,
      family: style.fontFamily,
    };
  }

  #apply({ width, fontSize, family }: { width: number; fontSize: number; family: string }) {
    const font = `${fontSize}|${family}`;
    if (width !== this.metrics?.width || font !== this.#font) {
      const measure =
        font === this.#font && this.metrics
          ? this.metrics.measure
          : canvasMeasure(fontSize, family);
      this.#font = font;
      this.metrics = { width, fontSize, measure };
    }
    this.#resolveMeasured();
  }

  /** The toggle between chart and table, with a polite announcement of the new view. */
  protected renderToggle(): TemplateResult {
    const showingTable = this.view === 'table';
    return html`<div class="toolbar">
      <button
        type="button"
        class="toggle"
        part="toggle"
        aria-pressed=${showingTable ? 'true' : 'false'}
        @click=${this.#toggle}
      >
        ${showingTable ? this.strings.showChart : this.strings.showTable}
      </button>
      <span class="visually-hidden" role="status">${this.announcement}</span>
    </div>`;
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
   * whose caption is the chart's title.
   */
  protected renderBarsFigure(figure: {
    id: string;
    title: string;
    data: BarDatum[];
    /** Table view column headers: what the bars are (default "Occupation") and their values. */
    labelColumn?: string;
    valueColumn: string;
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
          rows: data.map((d) => ({ header: d.label, cells: [d.text], focus: d.focus })),
          numeric: true,
        })}
      </figure>`;
    }
    const description = describeBars(title, data, this.strings);
    return html`<figure>
      <figcaption part="title">${title}</figcaption>
      ${this.whenMeasured((metrics) =>
        renderBarChart(layoutBars(data, { ...metrics, tickFormat }), { id, title, description }),
      )}
    </figure>`;
  }

  /** The chart when the element has been measured; until then (before first paint) nothing. */
  protected whenMeasured(
    chart: (metrics: ChartMetrics) => TemplateResult,
  ): TemplateResult | typeof nothing {
    return this.metrics && this.metrics.width > 0 ? chart(this.metrics) : nothing;
  }

  #toggle() {
    this.view = this.view === 'table' ? 'chart' : 'table';
    this.announcement =
      this.view === 'table' ? this.strings.showingTable : this.strings.showingChart;
  }
}
