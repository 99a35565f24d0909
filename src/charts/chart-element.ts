/**
 * What the chart elements share beyond OccElement: their layout follows the element's own width
 * (a ResizeObserver, not the window), text is measured in the element's font, and each chart
 * has a "Show table" / "Show chart" toggle.
 */
import { html, nothing, type PropertyDeclarations, type TemplateResult } from 'lit';
import { OccElement } from '../core/occ-element.js';
import type { ChartsStrings, CoreStrings } from '../i18n/en.js';
import { barChart, describeBars } from './bar-chart.js';
import type { BarDatum } from './bars.layout.js';
import { renderDataTable } from './data-table.js';
import { canvasMeasure, type Measure } from './text.js';

/** Chart text is this much of the element's font size. */
const CHART_TEXT = 0.875;

export interface ChartMetrics {
  width: number;
  fontSize: number;
  measure: Measure;
}

/** Charts waiting for their width to be read, and the microtask or frame that reads them. */
const pending = new Set<OccChartElement>();
let queued = false;
let frame = 0;
/** One observer for every chart on the page. */
let observer: ResizeObserver | undefined;
/** Reads the pending charts, then applies the readings (set in the class, which may reach their private fields). */
let measureAll: () => void;

/**
 * An element's chart metrics: its content width (less its padding and border), chart text size
 * and the measure of its font (one per font, shared by every chart: canvasMeasure keeps them).
 */
function read(element: Element): ChartMetrics {
  const style = getComputedStyle(element);
  // Computed paddings and borders are always lengths in px.
  const width =
    element.getBoundingClientRect().width -
    parseFloat(style.paddingLeft) -
    parseFloat(style.paddingRight) -
    parseFloat(style.borderLeftWidth) -
    parseFloat(style.borderRightWidth);
  const fontSize = parseFloat(style.fontSize) * CHART_TEXT;
  return {
    width: Math.max(0, Math.floor(width)),
    fontSize,
    measure: canvasMeasure(fontSize, style.fontFamily),
  };
}

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
   * Layout follows the element's own width, read in batches (every read before any chart
   * renders) so that a page of 100 charts costs one layout:
   *  - a new chart's width is read before its first render, in a microtask queued when it is
   *    connected: by then every chart created in the same task is on the page, their shadow
   *    roots are still empty (a cheap layout), and each chart then renders once, at its size,
   *    before the first paint;
   *  - a ResizeObserver watches the element's content box; when its width changes (not its
   *    height, which each render changes) it asks for a read in the next animation frame, never
   *    during the browser's resize step, where a change would be reported to every observer on
   *    the page as a "ResizeObserver loop".
   */
  override connectedCallback(): void {
    super.connectedCallback();
    observer ??= new ResizeObserver((entries) => {
      for (const entry of entries) {
        const chart = entry.target as OccChartElement;
        const width = Math.floor(entry.contentRect.width);
        if (chart.metrics && width !== chart.metrics.width) chart.#schedule(false);
      }
    });
    observer.observe(this);
    if (!this.metrics) this.#schedule(true);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    observer?.unobserve(this);
    pending.delete(this);
    // Removed before its width was read: render without one rather than wait for ever.
    this.#release();
  }

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
    this.#schedule(true);
    await this.#nextMeasurement();
    return super.getUpdateComplete();
  }

  /** Asks for a read: in a microtask (`soon`, before a first render), else in the next frame. */
  #schedule(soon: boolean) {
    pending.add(this);
    if (soon && !queued) {
      queued = true;
      queueMicrotask(measureAll);
    } else if (!soon && !frame) {
      frame = requestAnimationFrame(measureAll);
    }
  }

  static {
    measureAll = () => {
      queued = false;
      frame = 0;
      const charts = [...pending].filter((chart) => chart.isConnected);
      pending.clear();
      // Every read first, then every write: one layout for all the charts on the page.
      const readings = charts.map(read);
      charts.forEach((chart, i) => {
        const metrics = readings[i]!;
        // New metrics (and a render) only for a new width or font (a new measure).
        if (metrics.width !== chart.metrics?.width || metrics.measure !== chart.metrics.measure) {
          chart.metrics = metrics;
        }
        chart.#release();
      });
    };
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
    return html`<button
        type="button"
        class="toggle"
        part="toggle"
        aria-pressed=${showingTable}
        @click=${this.#toggle}
      >
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
   * whose caption is the chart's title.
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
        })}
      </figure>`;
    }
    const description = describeBars(title, data, this.strings);
    return html`<figure>
      <figcaption part="title">${title}</figcaption>
      ${this.whenMeasured(
        (metrics) => barChart(data, { ...metrics, tickFormat }, { id, title, description }).drawing,
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
