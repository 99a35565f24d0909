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

  /**
   * The observed box is a zero-height sizer as wide as the content, not the host: the host's
   * height changes with each render, and observing it would report a resize loop.
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
    this.#observer ??= new ResizeObserver(([entry]) => this.#resized(entry!));
    this.#observer.observe(sizer);
  }

  /** Runs in the browser's resize step, after layout: reading styles here forces no extra layout. */
  #resized(entry: ResizeObserverEntry) {
    const width = Math.floor(entry.contentBoxSize[0]?.inlineSize ?? entry.contentRect.width);
    const style = getComputedStyle(this);
    const fontSize = parseFloat(style.fontSize) * CHART_TEXT;
    const font = `${fontSize}|${style.fontFamily}`;
    if (width === this.metrics?.width && font === this.#font) return;
    const measure =
      font === this.#font && this.metrics
        ? this.metrics.measure
        : canvasMeasure(fontSize, style.fontFamily);
    this.#font = font;
    this.metrics = { width, fontSize, measure };
    // The re-render this causes can change the sizer again in this same frame (a page scrollbar
    // appearing, say), which the browser reports as a resize loop: look again next frame instead.
    // `updateComplete` and `occ-load` also wait for that frame, so code that reacts to them (and
    // may add elements) runs outside the browser's resize step, where new observations are skipped.
    this.#observer!.unobserve(entry.target);
    requestAnimationFrame(() => {
      this.#observe();
      this.#resolveMeasured();
    });
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
