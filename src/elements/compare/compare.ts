import { html, nothing, svg, type PropertyValues, type TemplateResult } from 'lit';
import { Task, TaskStatus } from '@lit/task';
import { OccDataElement } from '../../core/occ-data-element.js';
import { define } from '../../core/define.js';
import { OccCompareChangeEvent, OccLoadEvent } from '../../core/events.js';
import { keepHyphenated } from '../../core/keep-hyphenated.js';
import { sourceNote } from '../../core/source-note.js';
import { canvasMeasure } from '../../charts/text.js';
import {
  formatNumber,
  formatPercent,
  formatWage,
  moneyValue,
  tickFormat,
} from '../../data/format.js';
import type { OccupationIndex } from '../../data/index-types.js';
import { loadIndex, peekIndex } from '../../data/load-index.js';
import { loadProfile, peekProfile, resolveUrl } from '../../data/loader.js';
import { payPeriod, projectionYears } from '../../data/periods.js';
import { STAND_IN, STAND_IN_QUICK_FACTS } from '../../data/stand-in.js';
import type { Money, OccupationProfile, PercentileKey, Percentiles } from '../../data/types.js';
import { safeHref } from '../../data/url.js';
import { enCompare, enCore, enFigures, enIndex, enPay, enQuickFacts } from '../../i18n/en.js';
import { baseStyles } from '../../styles/base.js';
import { tableStyles } from '../../styles/tables.js';
import { tokens } from '../../styles/tokens.js';
import { layoutChanges, layoutRanges, type ChartOptions } from './compare.layout.js';
import { compareStyles } from './compare.styles.js';

/** The texts this element writes, in English (the groups it uses). */
const ENGLISH = {
  ...enCore,
  ...enFigures,
  ...enQuickFacts,
  ...enPay,
  ...enIndex,
  ...enCompare,
};

/** The most occupations a comparison shows side by side. */
export const MAX_OCCUPATIONS = 4;

const PERCENTILES: PercentileKey[] = ['p10', 'p25', 'p50', 'p75', 'p90'];

/** What the loading placeholder draws: two typical occupations. */
const STAND_IN_COMPARED: OccupationProfile = {
  ...STAND_IN,
  quickFacts: STAND_IN_QUICK_FACTS,
  pay: {
    percentiles: {
      annual: { p10: 30000, p25: 38000, p50: 48000, p75: 60000, p90: 75000 },
      hourly: { p10: 14.42, p25: 18.27, p50: 23.08, p75: 28.85, p90: 36.06 },
    },
  },
};

/** The profile URLs in `src`: space-separated, duplicates dropped, the first four kept in order. */
export const parseSources = (src: string | undefined): string[] =>
  [...new Set((src ?? '').split(/\s+/).filter(Boolean))].slice(0, MAX_OCCUPATIONS);

type Outcome = OccupationProfile | Error | 'pending';

/** An occupation's wage percentiles for the basis (none: BLS did not publish that basis). */
const percentilesOf = (profile: OccupationProfile, hourly: boolean): Percentiles =>
  profile.pay?.percentiles?.[hourly ? 'hourly' : 'annual'] ?? {};
const asError = (error: unknown) => (error instanceof Error ? error : new Error(String(error)));

/**
 * Two to four occupations side by side: every quick fact in one table (occupations as columns),
 * the median pay and its percentiles on one shared scale, and the projected change in employment
 * around zero. Occupations come from `src` (profile URLs, in order) or are picked from the index
 * (`index`) inside the element, with Add and Remove buttons. Missing values say "Not available".
 *
 * @summary Compare two to four occupations: pay, education, training, jobs and outlook.
 * @tag occ-compare
 *
 * @fires {OccLoadEvent} occ-load - Every occupation loaded and is shown. `detail: { profiles, src }`.
 * @fires {OccErrorEvent} occ-error - An occupation (or the index) could not be loaded or breaks the data contract; once per failure. `detail: { error, src }`.
 * @fires {OccCompareChangeEvent} occ-compare-change - The reader added or removed an occupation (not fired when the page sets `src`). `detail: { src }`: the profile URLs, in order.
 *
 * @csspart table - The comparison table.
 * @csspart link - An occupation's link to its page.
 * @csspart remove - An occupation's Remove button.
 * @csspart picker - The index picker: its menu and Add button.
 * @csspart pay-chart - The shared-scale pay chart (SVG).
 * @csspart change-chart - The projected change chart (SVG).
 * @csspart source - The source note (hidden by `hide-source`).
 * @csspart placeholder - The loading placeholder.
 * @csspart notice - The notice shown when neither `src` nor `index` is set.
 * @csspart error - An error message (`role="alert"`).
 *
 * @cssprop [--occ-compare-color-text=var(--occ-color-text, #1b1b1b)] - Text colour.
 * @cssprop [--occ-compare-color-muted=var(--occ-color-muted, #565c65)] - Secondary text: "Not available", axis labels.
 * @cssprop [--occ-compare-color-accent=var(--occ-color-accent, #005ea2)] - Links and the highlighted occupation's marks.
 * @cssprop [--occ-compare-color-surface=var(--occ-color-surface, #ffffff)] - Background.
 * @cssprop [--occ-compare-color-surface-alt=var(--occ-color-surface-alt, #f3f5f8)] - Header and button backgrounds.
 * @cssprop [--occ-compare-color-border=var(--occ-color-border, #c9ced6)] - Borders and rules.
 * @cssprop [--occ-compare-color-focus=var(--occ-color-focus, #2378c3)] - Focus ring colour.
 * @cssprop [--occ-compare-color-error=var(--occ-color-error, #b50909)] - Error accent colour.
 * @cssprop [--occ-compare-color-bar=var(--occ-color-bar, #6f7782)] - The other occupations' marks.
 * @cssprop [--occ-compare-color-grid=var(--occ-color-grid, #e1e4e8)] - Chart grid lines.
 * @cssprop [--occ-compare-font-family=var(--occ-font-family, inherit)] - Font family.
 * @cssprop [--occ-compare-font-size=var(--occ-font-size, 1rem)] - Base font size.
 * @cssprop [--occ-compare-radius=var(--occ-radius, 0.5rem)] - Corner radius.
 * @cssprop [--occ-compare-space=var(--occ-space, 1rem)] - Inner padding.
 */
export class OccCompare extends OccDataElement<typeof ENGLISH> {
  static override styles = [tokens('compare'), baseStyles, tableStyles, compareStyles];

  static override properties = {
    src: { reflect: true },
    index: {},
    highlight: {},
    basis: { reflect: true },
    width: { state: true, attribute: false },
    announcement: { state: true, attribute: false },
  };

  /** The occupations' profile URLs (JSON), separated by spaces, in the order shown; up to four. */
  declare src: string | undefined;
  /** URL of the dataset's index: shows a menu to add occupations from it. */
  declare index: string | undefined;
  /** Which occupation the charts highlight (by pattern and label): one of the `src` URLs. Unset: the first. */
  declare highlight: string | undefined;
  /**
   * `annual` or `hourly`: which wages the percentile rows and the pay chart show. An occupation
   * without wages of that basis (BLS gives some only hourly, others only annual) says "Not available".
   */
  declare basis: 'annual' | 'hourly';

  declare private width: number;
  declare private announcement: string;

  protected override get english(): typeof ENGLISH {
    return ENGLISH;
  }

  constructor() {
    super();
    this.width = 0;
    this.announcement = '';
    this.basis = 'annual';
    this.stopOnRemoval(this.#profiles, this.#index);
  }

  /** Hourly only when asked for; any other value is annual, as in `<occ-pay-chart>`. */
  get #hourly() {
    return this.basis === 'hourly';
  }

  /** Fetches every occupation again (after a failure, say), bypassing the page's cache. */
  reload(): void {
    this.#reload = true;
    void this.#profiles.run();
  }

  #reload = false;
  /** The outcome of each URL's load that is not in the loader's cache (failures). */
  #failed = new Map<string, Error>();

  #profiles = new Task(this, {
    task: async ([src, timeout], { signal }) => {
      const sources = parseSources(src);
      const reload = this.#reload;
      this.#reload = false;
      await Promise.all(
        sources.map((url) =>
          loadProfile(url, { signal, timeout, reload }).then(
            () => this.#failed.delete(url),
            (error: unknown) => {
              if (!signal.aborted) this.#failed.set(url, asError(error));
            },
          ),
        ),
      );
    },
    args: () => [this.src, this.timeout] as const,
  });

  #index = new Task(this, {
    task: async ([index, timeout], { signal }) =>
      index ? loadIndex(index, { signal, timeout }) : undefined,
    args: () => [this.index, this.timeout] as const,
  });

  /** The profiles shown, in order (those loaded). */
  get profiles(): OccupationProfile[] {
    return this.#outcomes().filter(
      (o): o is OccupationProfile => typeof o === 'object' && !(o instanceof Error),
    );
  }

  /**
   * The charts follow the element's content width. The new width is applied in the next frame,
   * never during the browser's resize step (a render there would be a "ResizeObserver loop").
   */
  #resizeFrame = 0;
  #resize = new ResizeObserver(([entry]) => {
    const width = Math.floor(entry?.contentRect.width ?? 0);
    if (!width || width === this.width) return;
    cancelAnimationFrame(this.#resizeFrame);
    this.#resizeFrame = requestAnimationFrame(() => (this.width = width));
  });

  override connectedCallback(): void {
    super.connectedCallback();
    this.#resize.observe(this);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#resize.disconnect();
    cancelAnimationFrame(this.#resizeFrame);
  }

  #sources() {
    return parseSources(this.src);
  }

  #outcomes(): Outcome[] {
    return this.#sources().map((src) => {
      let profile: OccupationProfile | undefined;
      try {
        profile = peekProfile(src);
      } catch {
        profile = undefined;
      }
      return profile ?? this.#failed.get(src) ?? 'pending';
    });
  }

  /** The index failed to load (not stopped by the element's removal: that one is due again). */
  #indexFailed() {
    return this.#index.status === TaskStatus.ERROR && !this.isStopped(this.#index);
  }

  #pickerIndex(): OccupationIndex | undefined {
    if (!this.index) return undefined;
    return this.#index.status === TaskStatus.COMPLETE ? this.#index.value : peekIndex(this.index);
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    const sources = this.#sources();
    const outcomes = this.#outcomes();
    this.setBusy(
      outcomes.includes('pending') ||
        (Boolean(this.index) && this.#index.status === TaskStatus.PENDING),
    );
    outcomes.forEach((outcome, i) => {
      if (outcome instanceof Error) this.announceError(outcome, this.#resolve(sources[i]!));
    });
    if (this.#indexFailed()) {
      this.announceError(asError(this.#index.error), this.#resolve(this.index!));
    }
    if (sources.length && outcomes.every((o) => o !== 'pending' && !(o instanceof Error))) {
      const profiles = outcomes as OccupationProfile[];
      this.announce(
        sources.join(' '),
        () => new OccLoadEvent({ profiles, src: sources.map((s) => this.#resolve(s)) }),
      );
    }
  }

  #resolve(src: string) {
    try {
      return resolveUrl(src);
    } catch {
      return src;
    }
  }

  protected override render(): TemplateResult {
    const sources = this.#sources();
    if (!sources.length && !this.index) {
      return html`<p class="notice" part="notice">${this.strings.compareMissingSource}</p>`;
    }
    const outcomes = this.#outcomes();
    const shown = outcomes
      .map((outcome, i) => ({ outcome, src: sources[i]! }))
      .filter(
        (column): column is { outcome: OccupationProfile; src: string } =>
          typeof column.outcome === 'object' && !(column.outcome instanceof Error),
      );
    const failures = outcomes
      .map((outcome, i) => ({ outcome, src: sources[i]! }))
      .filter(
        (column): column is { outcome: Error; src: string } => column.outcome instanceof Error,
      );
    const pending = outcomes.includes('pending');
    const status = html`<p class="visually-hidden" role="status">${this.announcement}</p>`;
    if (pending && !shown.length) return html`${this.#renderPlaceholder(sources.length)}${status}`;
    return html`${failures.map(({ outcome, src }) => this.#renderFailure(outcome, src))}
    ${this.#renderIndexError()} ${shown.length ? this.#renderComparison(shown) : nothing}
    ${this.#renderPicker(sources.length)}${status}
    ${this.#renderSources(shown.map((column) => column.outcome))}`;
  }

  #renderPlaceholder(count: number) {
    const columns = Array.from({ length: Math.max(2, count) }, (_, i) => ({
      outcome: STAND_IN_COMPARED,
      src: `stand-in-${i}`,
    }));
    return html`<div class="placeholder" part="placeholder">
      <span class="visually-hidden">${this.strings.compareLoading}</span>
      <div class="stand-in" aria-hidden="true" .inert=${true}>
        ${this.#renderComparison(columns)}
      </div>
    </div>`;
  }

  #renderFailure(error: Error, src: string) {
    return html`<div class="failure">
      ${this.renderFailure(error, this.strings.compareErrorTitle, this.strings.errorUrl)}
      <button type="button" class="remove" part="remove" data-src=${src} @click=${this.#onRemove}>
        ${this.strings.removeText}<span class="visually-hidden"> ${src}</span>
      </button>
    </div>`;
  }

  #renderIndexError() {
    if (!this.index || !this.#indexFailed()) return nothing;
    return this.renderFailure(
      this.#index.error,
      this.strings.indexErrorTitle,
      this.strings.indexUrl,
    );
  }

  #renderComparison(columns: { outcome: OccupationProfile; src: string }[]) {
    const say = this.strings;
    const profiles = columns.map((column) => column.outcome);
    const first = profiles[0]!;
    const missing = html`<span class="missing">${say.notAvailable}</span>`;
    const money = (value: Money | undefined, hourly = false) =>
      value === undefined ? undefined : formatWage(value, this.locale, say.orMore, hourly);
    const number = (value: number | undefined) =>
      value === undefined ? undefined : formatNumber(value, this.locale);
    const facts = (p: OccupationProfile) => p.quickFacts ?? {};
    const hourly = this.#hourly;
    const percentiles = (p: OccupationProfile) => percentilesOf(p, hourly);
    const outlookPeriod = projectionYears(first).period;
    const rows: [string, (p: OccupationProfile) => unknown][] = [
      [
        say.medianPay(facts(first).medianPay?.year),
        (p) => {
          const pay = facts(p).medianPay;
          const annual = money(pay?.annual);
          const hourly = money(pay?.hourly, true);
          if (!annual && !hourly) return undefined;
          return html`${annual ? html`<span class="line">${say.perYear(annual)}</span>` : nothing}
          ${hourly ? html`<span class="line">${say.perHour(hourly)}</span>` : nothing}`;
        },
      ],
      ...PERCENTILES.filter((key) => key !== 'p50').map(
        (key) =>
          [
            say.percentileRow(say.percentileName[key], hourly),
            (p: OccupationProfile) => money(percentiles(p)[key], hourly),
          ] as [string, (p: OccupationProfile) => unknown],
      ),
      [say.entryLevelEducation, (p) => facts(p).entryLevelEducation],
      [say.workExperience, (p) => facts(p).workExperience],
      [say.onTheJobTraining, (p) => facts(p).onTheJobTraining],
      [say.jobs(facts(first).jobs?.year), (p) => number(facts(p).jobs?.count)],
      [
        say.outlook(outlookPeriod),
        (p) => {
          const outlook = facts(p).outlook;
          return outlook?.percent === undefined
            ? undefined
            : say.growthValue(formatPercent(outlook.percent, this.locale), outlook.phrase);
        },
      ],
      [say.employmentChange(outlookPeriod), (p) => number(facts(p).employmentChange?.count)],
      [say.openingsColumn, (p) => number(p.outlook?.openingsPerYear)],
    ];
    // Every part keeps its role: on a narrow container the rows are grids (compare.styles.ts).
    return html`<table role="table" part="table" class="count-${columns.length}">
        <caption>
          ${say.compareCaption(columns.length)}
        </caption>
        <thead role="rowgroup">
          <tr role="row">
            <td role="cell" class="corner"></td>
            ${columns.map(({ outcome, src }) => this.#renderHeader(outcome, src))}
          </tr>
        </thead>
        <tbody role="rowgroup">
          ${rows.map(
            ([label, value]) =>
              html`<tr role="row">
                <th role="rowheader" scope="row">${label}</th>
                ${profiles.map(
                  (p) =>
                    html`<td role="cell">
                      <span class="who" aria-hidden="true">${p.occupation.title}</span>
                      ${value(p) ?? missing}
                    </td>`,
                )}
              </tr>`,
          )}
        </tbody>
      </table>
      ${this.#renderPayChart(columns)} ${this.#renderChangeChart(columns)}`;
  }

  #renderHeader(profile: OccupationProfile, src: string) {
    const href = safeHref(profile.occupation.url, this.#resolve(src));
    const title = profile.occupation.title;
    return html`<th role="columnheader" scope="col">
      ${href ? html`<a part="link" href=${href}>${title}</a>` : title}
      <button type="button" class="remove" part="remove" data-src=${src} @click=${this.#onRemove}>
        ${this.strings.removeText}<span class="visually-hidden"> ${title}</span>
      </button>
    </th>`;
  }

  /** Chart metrics: the element's width and font, and a canvas measure of its text. */
  #chartOptions(tick: ChartOptions['tick']): ChartOptions {
    const style = getComputedStyle(this);
    const fontSize = parseFloat(style.fontSize) * 0.875 || 14;
    const width = Math.max(200, this.width || this.clientWidth || 600);
    return {
      width,
      fontSize,
      measure: canvasMeasure(fontSize, style.fontFamily || 'sans-serif'),
      tick,
    };
  }

  #highlighted(src: string, i: number) {
    return this.highlight ? this.#resolve(this.highlight) === this.#resolve(src) : i === 0;
  }

  #renderPayChart(columns: { outcome: OccupationProfile; src: string }[]) {
    const say = this.strings;
    const hourly = this.#hourly;
    const data = columns.map(({ outcome, src }, i) => {
      const values = percentilesOf(outcome, hourly);
      const median = values.p50 ?? outcome.quickFacts?.medianPay?.[hourly ? 'hourly' : 'annual'];
      const number = (money: Money | undefined) =>
        money === undefined ? undefined : moneyValue(money);
      const highlighted = this.#highlighted(src, i);
      const title = outcome.occupation.title;
      return {
        label: highlighted ? say.highlightedLabel(title) : title,
        p10: number(values.p10),
        p25: number(values.p25),
        p50: number(median),
        p75: number(values.p75),
        p90: number(values.p90),
        highlighted,
      };
    });
    const layout = layoutRanges(
      data,
      this.#chartOptions(tickFormat(this.locale, hourly ? 'hourly' : 'dollars')),
    );
    const period = payPeriod(columns[0]!.outcome);
    const title = `${hourly ? say.payRangeHourlyTitle : say.payRangeTitle}${period ? `, ${period}` : ''}`;
    const items = data.map((datum) => {
      const values = PERCENTILES.flatMap((key) => {
        const value = datum[key];
        return value === undefined
          ? []
          : [`${say.percentileName[key]} ${formatWage(value, this.locale, say.orMore, hourly)}`];
      });
      return say.payItem(datum.label, values.length ? values.join(', ') : say.notAvailable);
    });
    // The title shows above the chart; the SVG is named by its own copy of it.
    return html`<figure class="chart">
      <p class="chart-title" aria-hidden="true">${title}</p>
      ${this.#frame(
        'pay',
        layout,
        title,
        say.describePay(title, items),
        layout.rows.map(
          (row) => svg`<g class=${row.highlighted ? 'row highlighted' : 'row'}>
            ${this.#label(row.label)}
            ${row.whisker ? svg`<line class="whisker" x1=${row.whisker.x1} x2=${row.whisker.x2} y1=${row.y} y2=${row.y}></line>` : nothing}
            ${row.box ? svg`<rect class="box" x=${row.box.x} width=${row.box.width} y=${row.y - 8} height="16"></rect>` : nothing}
            ${row.median !== undefined ? svg`<path class="median" d="M${row.median} ${row.y - 9}l6 9l-6 9l-6 -9z"></path>` : nothing}
            ${row.missing ? svg`<text class="missing" x=${row.missing.x} y=${row.missing.y}>${say.notAvailable}</text>` : nothing}
          </g>`,
        ),
      )}
      <figcaption aria-hidden="true">
        <span class="key whisker-key">${say.legendRange}</span>
        <span class="key box-key">${say.legendBox}</span>
        <span class="key median-key">${say.legendMedian}</span>
      </figcaption>
    </figure>`;
  }

  #renderChangeChart(columns: { outcome: OccupationProfile; src: string }[]) {
    const say = this.strings;
    const data = columns.map(({ outcome, src }, i) => {
      const percent = outcome.quickFacts?.outlook?.percent;
      const highlighted = this.#highlighted(src, i);
      const title = outcome.occupation.title;
      return {
        label: highlighted ? say.highlightedLabel(title) : title,
        percent,
        text: percent === undefined ? say.notAvailable : formatPercent(percent, this.locale),
        highlighted,
      };
    });
    const layout = layoutChanges(data, this.#chartOptions(tickFormat(this.locale, 'percent')));
    const period = projectionYears(columns[0]!.outcome).period;
    const title = `${say.changeTitle}${period ? `, ${period}` : ''}`;
    const description = say.describeChange(
      title,
      data.map((datum) => `${datum.label}: ${datum.text}`),
    );
    // The title shows above the chart; the SVG is named by its own copy of it.
    return html`<figure class="chart">
      <p class="chart-title" aria-hidden="true">${title}</p>
      ${this.#frame('change', layout, title, description, [
        svg`<line class="zero" x1=${layout.zero} x2=${layout.zero} y1="0" y2=${layout.axisY}></line>`,
        ...layout.rows.map(
          (row) => svg`<g class=${row.highlighted ? 'row highlighted' : 'row'}>
            ${this.#label(row.label)}
            ${row.bar ? svg`<rect class="bar" x=${row.bar.x} width=${row.bar.width} y=${row.y - 8} height="16"></rect>` : nothing}
            <text class="value" x=${row.value.x} y=${row.y + 5} text-anchor=${row.value.anchor}>${row.value.text}</text>
          </g>`,
        ),
      ])}
    </figure>`;
  }

  /** A chart's SVG: an image named by its title and described by every value, its grid and marks. */
  #frame(
    name: 'pay' | 'change',
    layout: { width: number; height: number; ticks: { x: number; text: string }[]; axisY: number },
    title: string,
    description: string,
    marks: unknown,
  ) {
    return html`<svg
      part="${name}-chart"
      role="img"
      aria-labelledby="${name}-title"
      aria-describedby="${name}-desc"
      width=${layout.width}
      height=${layout.height}
      viewBox="0 0 ${layout.width} ${layout.height}"
    >
      <title id="${name}-title">${title}</title>
      <desc id="${name}-desc">${description}</desc>
      ${this.#pattern()} ${this.#grid(layout)} ${marks}
    </svg>`;
  }

  /** The highlighted occupation's marks are hatched, so they differ by more than colour. */
  #pattern() {
    return svg`<defs>
      <pattern id="hatch" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
        <rect class="hatch-ground" width="6" height="6"></rect>
        <line class="hatch-line" x1="0" y1="0" x2="0" y2="6"></line>
      </pattern>
    </defs>`;
  }

  #grid(layout: { ticks: { x: number; text: string }[]; axisY: number; height: number }) {
    return svg`<g class="axis">
      ${layout.ticks.map(
        (tick) => svg`<line class="grid" x1=${tick.x} x2=${tick.x} y1="0" y2=${layout.axisY}></line>
          <text class="tick" x=${tick.x} y=${layout.height - 4} text-anchor="middle">${tick.text}</text>`,
      )}
    </g>`;
  }

  #label(label: { lines: string[]; y: number }) {
    return svg`<text class="label" y=${label.y}>${label.lines.map(
      (line, i) => svg`<tspan x="0" dy=${i ? '1.3em' : 0}>${line}</tspan>`,
    )}</text>`;
  }

  #renderPicker(count: number) {
    if (!this.index) return nothing;
    const index = this.#pickerIndex();
    if (!index) return nothing;
    const say = this.strings;
    if (count >= MAX_OCCUPATIONS)
      return html`<p class="picker full" part="picker">${say.atMost}</p>`;
    const chosen = new Set(this.#sources().map((src) => this.#resolve(src)));
    const base = this.#resolve(this.index);
    const options = [...index.occupations]
      .map((entry) => ({ entry, url: new URL(entry.file, base).href }))
      .filter(({ url }) => !chosen.has(url))
      .sort((a, b) => a.entry.title.localeCompare(b.entry.title));
    return html`<form class="picker" part="picker" @submit=${this.#onAdd}>
      <label for="pick">${say.addLabel}</label>
      <div class="pick-row">
        <select id="pick" name="pick">
          <option value="">${say.choose}</option>
          ${options.map(({ entry, url }) => html`<option value=${url}>${entry.title}</option>`)}
        </select>
        <button type="submit" class="add">${say.add}</button>
      </div>
    </form>`;
  }

  #renderSources(profiles: OccupationProfile[]) {
    if (this.hideSource || !profiles.length) return nothing;
    const notes = [
      ...new Set(
        profiles
          .map((p) => sourceNote(p, this.strings))
          .filter((note): note is string => Boolean(note)),
      ),
    ];
    return notes.map((note) => html`<p class="source" part="source">${keepHyphenated(note)}</p>`);
  }

  /** Sets the list as the reader changed it, says so, and tells the page. */
  async #change(sources: string[], message: string, focus: () => HTMLElement | null | undefined) {
    this.src = sources.join(' ');
    this.announcement = message;
    await this.updateComplete;
    focus()?.focus();
    this.dispatchEvent(new OccCompareChangeEvent({ src: sources }));
  }

  #onAdd = (event: SubmitEvent) => {
    event.preventDefault();
    const select = this.renderRoot.querySelector<HTMLSelectElement>('#pick');
    const url = select?.value;
    if (!url) return;
    const title = select.selectedOptions[0]?.textContent?.trim() ?? url;
    const sources = [...this.#sources(), url].slice(0, MAX_OCCUPATIONS);
    void this.#change(
      sources,
      this.strings.added(title),
      () =>
        this.renderRoot.querySelector<HTMLElement>('#pick') ??
        this.renderRoot.querySelector<HTMLElement>('.remove'),
    );
  };

  #onRemove = (event: Event) => {
    const src = (event.currentTarget as HTMLElement).dataset['src']!;
    const sources = this.#sources();
    const at = sources.indexOf(src);
    const profile = peekProfile(src);
    const next = sources.filter((other) => other !== src);
    void this.#change(next, this.strings.removed(profile?.occupation.title ?? src), () => {
      const buttons = [...this.renderRoot.querySelectorAll<HTMLElement>('.remove')];
      return (
        buttons[Math.min(at, buttons.length - 1)] ??
        this.renderRoot.querySelector<HTMLElement>('#pick')
      );
    });
  };
}

define('occ-compare', OccCompare);

declare global {
  interface HTMLElementTagNameMap {
    'occ-compare': OccCompare;
  }
}
