/**
 * The width and font a chart lays out for, read from the chart element itself (not the window)
 * and followed as it changes. Reads happen in batches, every read before any chart renders, so a
 * page of 100 charts costs one layout rather than one each.
 */
import { canvasMeasure, type Measure } from './text.js';

/** Chart text is this much of the element's font size. */
const CHART_TEXT = 0.875;

export interface ChartMetrics {
  width: number;
  fontSize: number;
  measure: Measure;
}

/**
 * An element's chart metrics: its content width (less its padding and border), chart text size
 * and the measure of its font (one per font, shared by every chart: canvasMeasure keeps them).
 */
export function readMetrics(element: Element): ChartMetrics {
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

type OnMetrics = (metrics: ChartMetrics) => void;

/**
 * Watches elements' chart metrics. A watched element is read once soon after `watch` (in a
 * microtask: by then every chart created in the same task is on the page and none has rendered,
 * so one cheap layout serves them all), then whenever its width changes: a ResizeObserver reports
 * the change and the read waits for the next animation frame, never inside the browser's resize
 * step (where a change would reach every observer on the page as a "ResizeObserver loop").
 */
class MetricsWatcher {
  #watched = new Map<Element, { onMetrics: OnMetrics; width?: number }>();
  #pending = new Set<Element>();
  #microtask = false;
  #frame = 0;
  #observer: ResizeObserver | undefined;

  watch(element: Element, onMetrics: OnMetrics): void {
    this.#watched.set(element, { onMetrics });
    this.#observer ??= new ResizeObserver((entries) => this.#resized(entries));
    this.#observer.observe(element);
    this.request(element);
  }

  unwatch(element: Element): void {
    this.#watched.delete(element);
    this.#pending.delete(element);
    this.#observer?.unobserve(element);
  }

  /** Reads a watched element soon (in a microtask), or in the next frame when `soon` is false. */
  request(element: Element, soon = true): void {
    if (!this.#watched.has(element)) return;
    this.#pending.add(element);
    if (soon && !this.#microtask) {
      this.#microtask = true;
      queueMicrotask(() => this.#readPending());
    } else if (!soon && !this.#frame) {
      this.#frame = requestAnimationFrame(() => this.#readPending());
    }
  }

  #resized(entries: ResizeObserverEntry[]) {
    for (const entry of entries) {
      const watched = this.#watched.get(entry.target);
      // Only a new width: each render changes the height.
      if (watched?.width !== undefined && Math.floor(entry.contentRect.width) !== watched.width) {
        this.request(entry.target, false);
      }
    }
  }

  #readPending() {
    this.#microtask = false;
    if (this.#frame) cancelAnimationFrame(this.#frame);
    this.#frame = 0;
    const elements = [...this.#pending].filter((element) => element.isConnected);
    this.#pending.clear();
    // Every read first, then every callback (whose renders write): one layout for them all.
    const readings = elements.map(readMetrics);
    elements.forEach((element, i) => {
      const watched = this.#watched.get(element);
      if (!watched) return;
      watched.width = readings[i]!.width;
      watched.onMetrics(readings[i]!);
    });
  }
}

/** The page's one watcher, shared by every chart. */
export const chartMetrics = new MetricsWatcher();
