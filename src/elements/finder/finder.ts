import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { guard } from 'lit/directives/guard.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import { Task, TaskStatus, initialState } from '@lit/task';
import { OccDataElement } from '../../core/occ-data-element.js';
import { define } from '../../core/define.js';
import { keepHyphenated } from '../../core/keep-hyphenated.js';
import { labelWithIndicator } from '../../core/sort-indicator.js';
import { OccLoadEvent, OccSelectEvent } from '../../core/events.js';
import { formatNumber, formatPercent, formatWage } from '../../data/format.js';
import type { IndexEntry, OccupationIndex } from '../../data/index-types.js';
import { loadIndex, peekIndex } from '../../data/load-index.js';
import { resolveUrl } from '../../data/loader.js';
import { safeHref } from '../../data/url.js';
import { EDUCATION, EXPERIENCE, GROWTH, NEW_JOBS, TRAINING } from '../../data/vocabulary.js';
import { enCore, enFigures, enFinder, enIndex, enQuickFacts } from '../../i18n/en.js';
import { baseStyles } from '../../styles/base.js';
import { tableStyles } from '../../styles/tables.js';
import { sortStyles } from '../../styles/sort.js';
import { cardStyles } from '../../styles/cards.js';
import { tokens } from '../../styles/tokens.js';
import { filterEntries, type FinderFilters } from './finder.filter.js';
import { nextOrder, sortEntries, type FinderSortKey, type SortOrder } from './finder.sort.js';
import { PARAMS, payBound, readState, stateFromParams, writeParams } from './finder.state.js';
import { finderStyles } from './finder.styles.js';

export type { FinderSortKey, SortOrder } from './finder.sort.js';

/** The texts this element writes, in English (the groups it uses). */
const ENGLISH = { ...enCore, ...enFigures, ...enQuickFacts, ...enIndex, ...enFinder };

/**
 * Rows rendered per step: the first step at once, the others one per task, so no step blocks the
 * page for long. Each step's group of rows is laid out on its own (see finder.styles.ts), so a
 * step costs the same at row 800 as at row 50 (`npm run bench:finder` lists the long tasks,
 * `node bench/finder-trace.mjs` splits them into script, style, layout and paint).
 */
export const CHUNK = 50;

/** What the loading placeholder lists: rows of typical length. */
const STAND_IN_ENTRY: IndexEntry = {
  title: 'Medical Records and Health Information Specialists',
  slug: 'stand-in',
  file: 'stand-in.json',
  kind: 'profile',
  soc: ['00-0000'],
  medianPay: { annual: 50000 },
  education: 'Postsecondary nondegree award',
  jobs: 100000,
  outlookPercent: 5,
  outlookPhrase: 'Faster than average',
  employmentChange: 10000,
  openings: 10000,
};

/** The columns, in order; each but the education sorts the results. */
const COLUMNS = ['title', 'education', 'pay', 'growth', 'jobs', 'new-jobs', 'openings'] as const;
type Column = (typeof COLUMNS)[number];

/** The filters' select menus: their vocabulary, in BLS's order. */
const MENUS = { education: EDUCATION, experience: EXPERIENCE, training: TRAINING, growth: GROWTH };
type Menu = keyof typeof MENUS;

/** `{slug}` and `{soc}` in an `href-template`, each filled in URL-encoded. */
const fillTemplate = (template: string, entry: IndexEntry) =>
  template
    .replaceAll('{slug}', encodeURIComponent(entry.slug))
    .replaceAll('{soc}', encodeURIComponent(entry.soc[0] ?? ''));

/**
 * The Occupation Finder: the dataset's index as a searchable, filterable, sortable list. Search by
 * title words or SOC code; filter by BLS's entry-level education, work experience, on-the-job
 * training, projected growth, new jobs and a median pay range; sort by title, pay, growth, jobs,
 * new jobs or openings. Attributes preset every control, so a "fastest growing" list is one tag:
 * `<occ-finder src="data/index.json" sort="growth" limit="20">`. A table on wide containers,
 * cards below about 55rem. Each occupation links to its page: BLS's by default, or the site's own
 * through `href-template`. Long lists render in steps of 50 rows, so the page stays responsive.
 *
 * @summary Find occupations by title, SOC code, education, training, growth and pay.
 * @tag occ-finder
 *
 * @fires {OccLoadEvent} occ-load - The index loaded and the results are shown. `detail: { index, src }`.
 * @fires {OccErrorEvent} occ-error - The index could not be loaded or breaks its contract. `detail: { error, src }`.
 * @fires {OccSelectEvent} occ-select - The reader followed an occupation's link; cancelable (`preventDefault()` keeps the page, so an app can route). `detail: { entry, href }`.
 *
 * @csspart form - The search and filter controls.
 * @csspart search - The search box.
 * @csspart filter - Each filter's menu or pay field.
 * @csspart clear - The button that clears the search and filters.
 * @csspart count - The result count (a polite live region).
 * @csspart table - The results table (cards on narrow widths).
 * @csspart link - An occupation's link.
 * @csspart sort-button - A column header's sort button.
 * @csspart more - The "Show … more" button under a long list while its rows are still being added.
 * @csspart source - The one-line source note (hidden by `hide-source`).
 * @csspart placeholder - The loading placeholder.
 * @csspart notice - The notice shown when `src` is not set.
 * @csspart empty - The message shown when nothing matches.
 * @csspart error - The error message (`role="alert"`).
 *
 * @cssprop [--occ-finder-color-text=var(--occ-color-text, #1b1b1b)] - Text colour.
 * @cssprop [--occ-finder-color-muted=var(--occ-color-muted, #565c65)] - Secondary text: labels, counts, "Not available".
 * @cssprop [--occ-finder-color-accent=var(--occ-color-accent, #005ea2)] - Links and sort indicators.
 * @cssprop [--occ-finder-color-surface=var(--occ-color-surface, #ffffff)] - Background.
 * @cssprop [--occ-finder-color-surface-alt=var(--occ-color-surface-alt, #f3f5f8)] - Control and hover backgrounds.
 * @cssprop [--occ-finder-color-border=var(--occ-color-border, #c9ced6)] - Borders and row rules.
 * @cssprop [--occ-finder-color-focus=var(--occ-color-focus, #2378c3)] - Focus ring colour.
 * @cssprop [--occ-finder-color-error=var(--occ-color-error, #b50909)] - Error accent colour.
 * @cssprop [--occ-finder-font-family=var(--occ-font-family, inherit)] - Font family.
 * @cssprop [--occ-finder-font-size=var(--occ-font-size, 1rem)] - Base font size.
 * @cssprop [--occ-finder-radius=var(--occ-radius, 0.5rem)] - Corner radius.
 * @cssprop [--occ-finder-space=var(--occ-space, 1rem)] - Inner padding.
 */
export class OccFinder extends OccDataElement<typeof ENGLISH> {
  static override styles = [
    tokens('finder'),
    baseStyles,
    tableStyles,
    sortStyles,
    finderStyles,
    // Last: the cards undo the table's layout, whatever the element's own rules set.
    cardStyles(55, 9),
  ];

  protected override get english(): typeof ENGLISH {
    return ENGLISH;
  }

  static override properties = {
    src: {},
    query: {},
    education: {},
    experience: {},
    training: {},
    growth: {},
    minPay: { attribute: 'min-pay' },
    maxPay: { attribute: 'max-pay' },
    newJobs: { attribute: 'new-jobs' },
    sort: {},
    order: {},
    limit: { type: Number },
    syncUrl: { type: Boolean, attribute: 'sync-url' },
    hrefTemplate: { attribute: 'href-template' },
    rendered: { state: true, attribute: false },
    announcement: { state: true, attribute: false },
  };

  /** URL of the dataset's index (`data/index.json`); relative URLs resolve against the page. */
  declare src: string | undefined;
  /** The search: words of a title ("reg nurse") or the start of a SOC code ("29-11"). */
  declare query: string | undefined;
  /** Typical entry-level education: `none`, `high-school`, `postsecondary`, `some-college`, `associate`, `bachelor`, `master`, `doctoral` (or BLS's wording). */
  declare education: string | undefined;
  /** Work experience in a related occupation: `none`, `less-than-5`, `5-or-more`. */
  declare experience: string | undefined;
  /** On-the-job training: `none`, `short-term`, `moderate-term`, `long-term`, `apprenticeship`, `internship-residency`. */
  declare training: string | undefined;
  /** Projected growth: `decline`, `little-or-no-change`, `slower`, `average`, `faster`, `much-faster`. */
  declare growth: string | undefined;
  /** Lowest median annual pay, in dollars. */
  declare minPay: string | number | undefined;
  /** Highest median annual pay, in dollars. */
  declare maxPay: string | number | undefined;
  /** New jobs (projected employment change): `decline`, or at least `0`, `1000`, `10000`, `50000`, `100000`. */
  declare newJobs: string | undefined;
  /** Sort by `title`, `pay`, `growth`, `jobs`, `new-jobs` or `openings`; unset: the index's order. */
  declare sort: FinderSortKey | undefined;
  /** `asc` or `desc`; unset: A to Z for titles, highest first for figures. */
  declare order: SortOrder | undefined;
  /** Shows at most this many results (`limit="20"` for a top-20 list). */
  declare limit: number | undefined;
  /** The search, filters and sort follow the page URL's query, and the URL follows them (`?q=nurse&education=bachelor`). */
  declare syncUrl: boolean;
  /** Where occupations link: a URL with `{slug}` (and `{soc}`), e.g. `/careers/{slug}`. Unset: BLS's page for each. */
  declare hrefTemplate: string | undefined;

  declare private rendered: number;
  declare private announcement: string;

  constructor() {
    super();
    this.syncUrl = false;
    this.rendered = CHUNK;
    this.announcement = '';
    this.stopOnRemoval(this.#task);
  }

  #reload = false;
  #task = new Task(this, {
    task: async ([src, timeout], { signal }) => {
      if (!src) return initialState;
      const reload = this.#reload;
      this.#reload = false;
      return loadIndex(src, { signal, timeout, reload });
    },
    args: () => [this.src, this.timeout] as const,
  });

  /** The index shown, once loaded. */
  get index(): OccupationIndex | undefined {
    return this.#index();
  }

  /** The failure shown, if any (also sent as `occ-error`). */
  get error(): Error | undefined {
    return this.#failed() && !this.#index() ? (this.#task.error as Error) : undefined;
  }

  /** The entries that match, in the order shown (all of them, not only the rendered ones). */
  get results(): readonly IndexEntry[] {
    return this.#results;
  }

  /** Fetches the index again (after a failure, say), bypassing the page's cache of it. */
  reload(): void {
    this.#reload = true;
    void this.#task.run();
  }

  /** The load failed (not stopped by the element's removal: that one is due again). */
  #failed() {
    return this.#task.status === TaskStatus.ERROR && !this.isStopped(this.#task);
  }

  /** The matches in order, and what they were worked out for (the index and the state). */
  #results: IndexEntry[] = [];
  #resultsFor: OccupationIndex | undefined;
  #resultsKey = '';
  #chunkTimer: ReturnType<typeof setTimeout> | undefined;

  /** The index: the task's, or one the page already loaded (shown at once, without a placeholder). */
  #index(): OccupationIndex | undefined {
    if (!this.src) return undefined;
    if (this.#task.status === TaskStatus.COMPLETE) return this.#task.value;
    let cached: OccupationIndex | undefined;
    try {
      cached = this.#task.status === TaskStatus.ERROR ? undefined : peekIndex(this.src);
    } catch {
      cached = undefined;
    }
    return cached;
  }

  #state() {
    return readState({
      query: this.query,
      education: this.education,
      experience: this.experience,
      training: this.training,
      growth: this.growth,
      minPay: this.minPay,
      maxPay: this.maxPay,
      newJobs: this.newJobs,
      sort: this.sort,
      order: this.order,
    });
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.syncUrl) this.#readUrl();
    window.addEventListener('popstate', this.#onPopState);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('popstate', this.#onPopState);
    clearTimeout(this.#chunkTimer);
  }

  #onPopState = () => {
    if (this.syncUrl) this.#readUrl();
  };

  /** Takes the state the page URL's query gives (its parameters override the attributes). */
  #readUrl() {
    const state = stateFromParams(new URLSearchParams(location.search));
    for (const key of Object.keys(state) as (keyof typeof PARAMS)[]) {
      (this as Record<string, unknown>)[key] = state[key];
    }
  }

  #writeUrl() {
    if (!this.syncUrl) return;
    const url = new URL(location.href);
    const params = writeParams(url.searchParams, this.#state());
    const search = params.toString();
    if (search === url.searchParams.toString()) return;
    url.search = search;
    history.replaceState(history.state, '', url);
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    const index = this.#index();
    const state = this.#state();
    const key = JSON.stringify(state);
    if (index && (key !== this.#resultsKey || this.#resultsFor !== index)) {
      const { sort, order, ...filters } = state;
      const matches = filterEntries(index.occupations, filters as FinderFilters);
      this.#results = sortEntries(matches, sort, order);
      this.#resultsFor = index;
      this.#resultsKey = key;
      this.rendered = CHUNK;
    }
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    const index = this.#index();
    this.setBusy(Boolean(this.src) && !index && !this.#failed());
    if (index) {
      this.announce(index, () => new OccLoadEvent({ index, src: this.#url() }));
      // The rest of a long list, one step per task: each step is short, so input stays responsive.
      clearTimeout(this.#chunkTimer);
      if (this.rendered < this.#visibleCount()) {
        this.#chunkTimer = setTimeout(() => (this.rendered += CHUNK));
      }
    } else if (this.#failed() && this.src) {
      this.announceError(this.#task.error as Error, this.#url());
    }
  }

  #url(): string | undefined {
    if (!this.src) return undefined;
    try {
      return resolveUrl(this.src);
    } catch {
      return this.src;
    }
  }

  /** How many results the list shows in all: every match, or the first `limit`. */
  #visibleCount() {
    const limit = this.limit && this.limit > 0 ? Math.floor(this.limit) : Infinity;
    return Math.min(limit, this.#results.length);
  }

  protected override render(): TemplateResult {
    if (!this.src) {
      return html`<p class="notice" part="notice">${this.strings.finderMissingSource}</p>`;
    }
    const index = this.#index();
    if (index) return this.#renderIndex(index);
    if (this.#failed()) {
      return this.renderFailure(
        this.#task.error,
        this.strings.indexErrorTitle,
        this.strings.indexUrl,
      );
    }
    return this.#renderPlaceholder();
  }

  #renderPlaceholder() {
    const rows = Math.min(this.limit && this.limit > 0 ? this.limit : 10, 10);
    const entries = Array.from({ length: rows }, () => STAND_IN_ENTRY);
    return html`<div class="placeholder" part="placeholder">
      <span class="visually-hidden">${this.strings.indexLoading}</span>
      <div class="stand-in" aria-hidden="true" .inert=${true}>
        ${this.#renderForm()}${this.#renderTable(entries)}
      </div>
    </div>`;
  }

  #renderIndex(index: OccupationIndex) {
    const total = this.#results.length;
    const visible = this.#visibleCount();
    const say = this.strings;
    const count = [
      say.resultCount(total, formatNumber(total, this.locale)),
      visible < total
        ? say.showingFirst(formatNumber(visible, this.locale), formatNumber(total, this.locale))
        : '',
      this.announcement,
    ]
      .filter(Boolean)
      .join(' ');
    const note = this.hideSource ? undefined : (index.source ?? index.edition);
    return html`${this.#renderForm()}
      <p class="count" part="count" role="status">${count}</p>
      ${
        total
          ? this.#renderTable(this.#results.slice(0, Math.min(visible, this.rendered)))
          : html`<p class="empty" part="empty">${say.noResults}</p>`
      }
      ${note ? html`<p class="source" part="source">${keepHyphenated(say.sourceNote([note]))}</p>` : nothing}`;
  }

  #renderForm() {
    const say = this.strings;
    const state = this.#state();
    const menu = (name: Menu, label: string) =>
      html`<div class="field">
        <label for=${name}>${label}</label>
        <select id=${name} part="filter" @change=${this.#onFilter}>
          <option value="" ?selected=${!state[name]}>${say.any}</option>
          ${Object.entries(MENUS[name]).map(
            ([key, term]) =>
              html`<option value=${key} ?selected=${state[name] === key}>${term}</option>`,
          )}
        </select>
      </div>`;
    const pay = (name: 'minPay' | 'maxPay', label: string) =>
      html`<div class="field pay">
        <label for=${PARAMS[name]}>${label}</label>
        <input
          id=${PARAMS[name]}
          part="filter"
          type="number"
          inputmode="numeric"
          min="0"
          step="1000"
          .value=${live(state[name] === undefined ? '' : String(state[name]))}
          @change=${this.#onFilter}
        />
      </div>`;
    // A plain form, not a search landmark: two finders on a page would be two landmarks of one name.
    return html`<form part="form" @submit=${this.#onSubmit}>
      <div class="field search">
        <label for="q">${say.search}</label>
        <input
          id="q"
          part="search"
          type="search"
          autocomplete="off"
          spellcheck="false"
          .value=${live(state.query ?? '')}
          @input=${this.#onFilter}
        />
      </div>
      <div class="filters">
        ${menu('education', say.entryLevelEducation)} ${menu('experience', say.workExperience)}
        ${menu('training', say.onTheJobTraining)} ${menu('growth', say.growthFilter)}
        <div class="field">
          <label for="new-jobs">${say.newJobsFilter}</label>
          <select id="new-jobs" part="filter" @change=${this.#onFilter}>
            <option value="" ?selected=${!state.newJobs}>${say.any}</option>
            ${Object.entries(NEW_JOBS).map(
              ([key, floor]) =>
                html`<option value=${key} ?selected=${state.newJobs === key}>
                  ${floor < 0 ? say.newJobsDecline : say.atLeast(formatNumber(floor, this.locale))}
                </option>`,
            )}
          </select>
        </div>
        ${pay('minPay', say.minPay)} ${pay('maxPay', say.maxPay)}
      </div>
      <button type="button" class="clear" part="clear" @click=${this.#clear}>
        ${say.clearFilters}
      </button>
    </form>`;
  }

  #renderTable(entries: readonly IndexEntry[]) {
    const say = this.strings;
    const state = this.#state();
    const labels: Record<Column, string> = {
      title: say.occupationColumn,
      education: say.entryLevelEducation,
      pay: say.medianPay(),
      growth: say.growthColumn,
      jobs: say.jobsColumn,
      'new-jobs': say.newJobsColumn,
      openings: say.openingsColumn,
    };
    const order = state.order ?? (state.sort === 'title' ? 'asc' : 'desc');
    return html`<table role="table" part="table" @click=${this.#onClick}>
        <caption>
          <span class="visually-hidden">${say.resultsCaption}. ${say.finderSortHint}</span>
          <span class="sort-by" aria-hidden="true">${say.finderSortBy}</span>
        </caption>
        <thead role="rowgroup">
          <tr role="row">
            ${COLUMNS.map((column) =>
              column === 'education'
                ? html`<th role="columnheader" scope="col" class=${column}>
                    ${keepHyphenated(labels[column])}
                  </th>`
                : this.#renderSortHeader(
                    column,
                    labels[column],
                    state.sort === column
                      ? order === 'asc'
                        ? 'ascending'
                        : 'descending'
                      : undefined,
                  ),
            )}
          </tr>
        </thead>
        ${this.#renderChunks(entries, labels)}
      </table>
      ${this.#renderMore()}`;
  }

  /**
   * The rows in groups of {@link CHUNK}, one `<tbody>` each: a step that adds a group renders only
   * that group (the others are guarded by the results they show), so each step stays short.
   */
  #renderChunks(entries: readonly IndexEntry[], labels: Record<Column, string>) {
    const groups = Math.ceil(entries.length / CHUNK);
    return Array.from({ length: groups }, (_, group) => {
      const rows = entries.slice(group * CHUNK, (group + 1) * CHUNK);
      const deps = [
        this.#results,
        group,
        rows.length,
        this.hrefTemplate,
        this.locale,
        this.messages,
      ];
      return html`<tbody role="rowgroup">
        ${guard(deps, () =>
          rows.map((entry, i) => this.#renderRow(entry, group * CHUNK + i, labels)),
        )}
      </tbody>`;
    });
  }

  #renderMore() {
    // With no `limit`, a long list is rendered in steps on its own; the button lets a reader
    // (or a slow device) have the rest at once.
    const left = this.#visibleCount() - this.rendered;
    if (left <= 0 || this.limit) return nothing;
    return html`<button type="button" class="more" part="more" @click=${this.#showAll}>
      ${this.strings.showMore(formatNumber(left, this.locale))}
    </button>`;
  }

  #renderSortHeader(
    key: Exclude<Column, 'education'>,
    label: string,
    direction?: 'ascending' | 'descending',
  ) {
    return html`<th
      role="columnheader"
      scope="col"
      class="sortable ${key}"
      aria-sort=${ifDefined(direction)}
    >
      <button type="button" class="sort" part="sort-button" data-sort=${key} @click=${this.#onSort}>
        ${labelWithIndicator(label, direction ?? 'none')}
      </button>
    </th>`;
  }

  #renderRow(entry: IndexEntry, i: number, labels: Record<Column, string>) {
    const say = this.strings;
    const missing = html`<span class="missing">${say.notAvailable}</span>`;
    const href = this.#href(entry);
    const { annual, hourly } = entry.medianPay ?? {};
    const pay =
      annual !== undefined
        ? formatWage(annual, this.locale, say.orMore)
        : hourly !== undefined
          ? say.perHour(formatWage(hourly, this.locale, say.orMore, true))
          : undefined;
    const growth =
      entry.outlookPercent === undefined
        ? undefined
        : say.growthValue(formatPercent(entry.outlookPercent, this.locale), entry.outlookPhrase);
    const figure = (text: string) => html`<span class="figure">${text}</span>`;
    const number = (value: number | undefined) =>
      value === undefined ? missing : figure(formatNumber(value, this.locale));
    const cell = (column: Exclude<Column, 'title'>, value: unknown) =>
      html`<td role="cell" class=${column}>
        <span class="cell-label" aria-hidden="true">${labels[column]}</span>
        ${value ?? missing}
      </td>`;
    return html`<tr role="row">
      <th role="rowheader" scope="row" class="title">
        ${href ? html`<a part="link" href=${href} data-i=${i}>${entry.title}</a>` : entry.title}
        <span class="soc">${keepHyphenated(`${say.socLabel} ${entry.soc.join(', ')}`)}</span>
      </th>
      ${cell('education', entry.education)} ${cell('pay', pay)} ${cell('growth', growth)}
      ${cell('jobs', number(entry.jobs))} ${cell('new-jobs', number(entry.employmentChange))}
      ${cell('openings', number(entry.openings))}
    </tr>`;
  }

  #href(entry: IndexEntry): string | undefined {
    const target = this.hrefTemplate ? fillTemplate(this.hrefTemplate, entry) : entry.url;
    return safeHref(target, document.baseURI);
  }

  #onClick = (event: MouseEvent) => {
    const link = (event.target as Element).closest?.('a[data-i]');
    if (!link) return;
    const entry = this.#results[Number(link.getAttribute('data-i'))];
    if (!entry) return;
    const select = new OccSelectEvent({ entry, href: link.getAttribute('href') ?? undefined });
    if (!this.dispatchEvent(select)) event.preventDefault();
  };

  #onSubmit = (event: Event) => event.preventDefault();

  /** A control changed: its property takes the value, and the URL follows (`sync-url`). */
  #onFilter = (event: Event) => {
    const control = event.target as HTMLInputElement | HTMLSelectElement;
    const value = control.value;
    switch (control.id) {
      case 'q':
        this.query = value || undefined;
        break;
      case 'min-pay':
        this.minPay = payBound(value);
        break;
      case 'max-pay':
        this.maxPay = payBound(value);
        break;
      case 'new-jobs':
        this.newJobs = value || undefined;
        break;
      default:
        this[control.id as Menu] = value || undefined;
    }
    this.announcement = '';
    this.#writeUrl();
  };

  #onSort = (event: Event) => {
    const key = (event.currentTarget as HTMLElement).dataset['sort'] as FinderSortKey;
    const state = this.#state();
    const current = state.sort;
    const order = nextOrder(current, state.order ?? (current === 'title' ? 'asc' : 'desc'), key);
    this.sort = key;
    this.order = order;
    const labels: Record<string, string> = {
      title: this.strings.occupationColumn,
      pay: this.strings.medianPay(),
      growth: this.strings.growthColumn,
      jobs: this.strings.jobsColumn,
      'new-jobs': this.strings.newJobsColumn,
      openings: this.strings.openingsColumn,
    };
    this.announcement = this.strings.sortedBy(labels[key]!, order === 'asc', key === 'title');
    this.#writeUrl();
  };

  #clear = () => {
    this.query = this.education = this.experience = this.training = this.growth = undefined;
    this.minPay = this.maxPay = this.newJobs = undefined;
    this.announcement = '';
    this.#writeUrl();
  };

  #showAll = () => {
    this.rendered = this.#visibleCount();
  };
}

define('occ-finder', OccFinder);

declare global {
  interface HTMLElementTagNameMap {
    'occ-finder': OccFinder;
  }
}
