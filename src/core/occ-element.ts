/**
 * What every occ-* element shares: the `src`/`data` inputs, loading through the shared loader,
 * the loading, notice and error states, events, language and theme. A subclass only renders a
 * profile (`renderProfile`) and, optionally, a placeholder of its final size.
 */
import {
  LitElement,
  html,
  nothing,
  type PropertyValues,
  type TemplateResult,
  type PropertyDeclarations,
} from 'lit';
import { OccDataError } from '../data/errors.js';
import {
  DEFAULT_TIMEOUT,
  checkProfile,
  loadProfile,
  peekProfile,
  resolveUrl,
} from '../data/loader.js';
import { STAND_IN } from '../data/stand-in.js';
import type { OccupationProfile } from '../data/types.js';
import type { CoreStrings, Strings } from '../i18n/en.js';
import { loadStrings, setStrings, stringsFor } from '../i18n/strings.js';
import { sourceNote } from './source-note.js';
import { OccErrorEvent, OccLoadEvent } from './events.js';
import { readerMessage, reportOnce } from '../i18n/reader-message.js';
import { resolveLang } from './lang.js';

const asError = (error: unknown) => (error instanceof Error ? error : new Error(String(error)));

export abstract class OccElement<S extends CoreStrings = CoreStrings> extends LitElement {
  // Reactive properties are declared here rather than with decorators: decorated accessors
  // compile to ~1.7 KB gzip of helpers and per-property code in the bundle (measured).
  static override properties: PropertyDeclarations = {
    src: { hasChanged: () => true },
    data: { attribute: false },
    timeout: { type: Number },
    theme: { reflect: true },
    hideSource: { type: Boolean, attribute: 'hide-source' },
    messages: { attribute: false },
  };

  /**
   * URL of the occupation profile (JSON); relative URLs resolve against the page, like `<img src>`.
   * Setting it again, even to the same URL, retries a load that failed.
   */
  declare src: string | undefined;

  /** A profile object to show instead of fetching `src` (for frameworks and inlined JSON). Takes precedence over `src`. */
  declare data: OccupationProfile | undefined;

  /** Milliseconds to wait for the profile before showing a timeout error (default 15000). */
  declare timeout: number;

  /** Colour scheme: `light`, `dark`, or `auto` (unset) to follow the reader's system setting. */
  declare theme: 'light' | 'dark' | 'auto' | undefined;

  /** Hides the one-line source note ("Source: BLS …; projections 2018-28; wages May 2018"). */
  declare hideSource: boolean;

  /** Texts to use instead of the built-in ones for this element (any of them; see `setStrings` for a whole page). */
  declare messages: Partial<Strings> | undefined;

  constructor() {
    super();
    this.timeout = DEFAULT_TIMEOUT;
    this.hideSource = false;
  }

  /**
   * Replaces texts the elements write, page-wide, for a language (`"es"`) or locale (`"es-MX"`):
   * `customElements.get('occ-quick-facts').setStrings('en', { noPay: '…' })`.
   */
  static setStrings = setStrings;

  /** Set by `reload()`: the next load asks the server again, past the page's cache. */
  #reload = false;
  /** What the last render showed (a profile or a failure), and what the last event announced. */
  #shown: OccupationProfile | Error | undefined;
  #announced: OccupationProfile | Error | undefined;
  #busy = false;
  /** The last `data` checked and its verdict: a re-render of the same value is the same outcome. */
  #checked: { data: unknown; verdict: OccupationProfile | Error } | undefined;
  /** The language and texts, worked out once per update: finding `lang` walks up the DOM. */
  #locale: string | undefined;
  #strings: S | undefined;

  /**
   * The request for `src` in flight, and the outcome of the last one. A request starts in
   * `willUpdate` only when one is needed: a `data` object, or a profile the page already loaded,
   * renders on the element's first update, with no placeholder. A newer request, a `src` that no
   * longer needs one, or leaving the page aborts it (the shared loader cancels the fetch when no
   * element wants it any more).
   */
  #request: AbortController | undefined;
  #loaded: OccupationProfile | Error | undefined;

  /** The profile the element shows, once shown. */
  get profile(): OccupationProfile | undefined {
    return this.#shown instanceof Error ? undefined : this.#shown;
  }

  /** The failure the element is showing, if any (also sent as `occ-error`). */
  get error(): Error | undefined {
    return this.#shown instanceof Error ? this.#shown : undefined;
  }

  /** Fetches the profile again (after a failure, say), bypassing the page's cache of it. */
  reload(): void {
    this.#reload = true;
    this.requestUpdate();
  }

  /** The English texts this element writes (only the groups it uses, so its module ships no others). */
  protected abstract get english(): S;

  /** The texts this element writes: its language's (English or Spanish), with any overrides. */
  protected get strings(): S {
    if (!this.#strings) {
      const base = stringsFor(this.locale, this.english);
      this.#strings = this.messages ? { ...base, ...(this.messages as Partial<S>) } : base;
    }
    return this.#strings;
  }

  /** The locale used for numbers and money: the nearest `lang`, else `en-US`. */
  protected get locale(): string {
    return (this.#locale ??= resolveLang(this));
  }

  /** Base URL for links in the profile: the data file's URL, or the page for `data`. */
  protected get baseUrl(): string {
    try {
      return this.data || !this.src ? document.baseURI : resolveUrl(this.src);
    } catch {
      return document.baseURI;
    }
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Back on the page after a removal aborted the load: load again.
    if (this.hasUpdated && !this.#request && !this.#loaded && this.#needsFetch()) this.#load();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#abort();
  }

  /** Each update first finds the element's language, and waits for its texts if not loaded. */
  protected override scheduleUpdate(): void | Promise<unknown> {
    this.#locale = resolveLang(this);
    this.#strings = undefined;
    const loading = loadStrings(this.#locale);
    return loading ? loading.then(() => super.scheduleUpdate()) : super.scheduleUpdate();
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (!(changed.has('src') || changed.has('data') || changed.has('timeout') || this.#reload)) {
      return;
    }
    if (this.#needsFetch()) this.#load();
    else {
      this.#reload = false;
      this.#abort(); // a pending request for an earlier src is not wanted any more
    }
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    if (this.#busy) this.setAttribute('aria-busy', 'true');
    else this.removeAttribute('aria-busy');
    // One occ-load or occ-error for each new outcome the element shows.
    const shown = this.#shown;
    if (shown && shown !== this.#announced) {
      this.#announced = shown;
      const src = this.#url();
      this.#afterRender(() =>
        this.dispatchEvent(
          shown instanceof Error
            ? new OccErrorEvent({ error: shown, src })
            : new OccLoadEvent({ profile: shown, src }),
        ),
      );
    }
  }

  protected override render(): TemplateResult | typeof nothing {
    const current = this.#current();
    this.#busy = current === 'pending';
    this.#shown = current === 'pending' ? undefined : current;
    if (current === 'pending') return this.renderPlaceholder();
    if (current === undefined) {
      return html`<p class="notice" part="notice">${this.strings.missingSource}</p>`;
    }
    return current instanceof Error ? this.renderError(current) : this.#renderLoaded(current);
  }

  #load(): void {
    this.#request?.abort();
    const request = (this.#request = new AbortController());
    const reload = this.#reload;
    this.#reload = false;
    this.#loaded = undefined;
    const settle = (outcome: OccupationProfile | Error) => {
      if (request !== this.#request) return; // superseded or aborted: not wanted
      this.#request = undefined;
      this.#loaded = outcome;
      this.requestUpdate();
    };
    loadProfile(this.src!, { signal: request.signal, timeout: this.timeout, reload }).then(
      settle,
      (error: unknown) => settle(asError(error)),
    );
  }

  #abort(): void {
    this.#request?.abort();
    this.#request = undefined;
  }

  /** Whether showing `src` takes a request: no `data`, and not already loaded (or a reload). */
  #needsFetch(): boolean {
    return this.data == null && Boolean(this.src) && (this.#reload || !peekProfile(this.src!));
  }

  /** What to show now: `data`, else the profile at `src` (loaded or failed), else 'pending'. */
  #current(): OccupationProfile | Error | 'pending' | undefined {
    if (this.data != null) {
      if (this.#checked?.data !== this.data) {
        let verdict: OccupationProfile | Error;
        try {
          verdict = checkProfile(this.data);
        } catch (error) {
          verdict = asError(error);
        }
        this.#checked = { data: this.data, verdict };
      }
      return this.#checked.verdict;
    }
    if (!this.src) return undefined;
    if (this.#request) return 'pending';
    return peekProfile(this.src) ?? this.#loaded ?? 'pending';
  }

  /**
   * Shown while loading: the element's own layout for a typical profile, invisible and inert
   * under a skeleton, so it takes the space the loaded element will take.
   */
  protected renderPlaceholder(): TemplateResult {
    return html`<div class="placeholder" part="placeholder">
      <span class="visually-hidden">${this.strings.loading}</span>
      <div class="stand-in" aria-hidden="true" .inert=${true}>
        ${this.#renderLoaded(this.standIn)}
      </div>
    </div>`;
  }

  /** The typical profile the placeholder draws: the parts of it this element shows. */
  protected get standIn(): OccupationProfile {
    return STAND_IN;
  }

  protected renderError(error: unknown): TemplateResult {
    const message = readerMessage(error, this.strings.errors);
    reportOnce(error, this.#url());
    const url = error instanceof OccDataError ? error.details.url : undefined;
    return html`<div class="error" part="error" role="alert">
      <p class="error-title">${this.strings.errorTitle}</p>
      <p class="error-message">${message}</p>
      ${
        url && !message.includes(url)
          ? html`<p class="error-url">${this.strings.errorUrl}: ${url}</p>`
          : nothing
      }
    </div>`;
  }

  /** A valid profile without the data this element shows: a plain statement, not an error. */
  protected renderEmpty(message: string): TemplateResult {
    return html`<p class="empty" part="empty">${message}</p>`;
  }

  protected abstract renderProfile(profile: OccupationProfile): TemplateResult;

  /** The source note under the element; `<occ-profile>` has a footer instead. */
  protected renderSourceNote(profile: OccupationProfile): TemplateResult | typeof nothing {
    const note = this.hideSource ? undefined : sourceNote(profile, this.strings);
    return note ? html`<p class="source" part="source">${note}</p>` : nothing;
  }

  #renderLoaded(profile: OccupationProfile) {
    return html`${this.renderProfile(profile)}${this.renderSourceNote(profile)}`;
  }

  #url(): string | undefined {
    if (this.data || !this.src) return undefined;
    try {
      return resolveUrl(this.src);
    } catch {
      return this.src; // not a URL: the error says so; the event names what was given
    }
  }

  /**
   * Events fire once the DOM shows the outcome, so listeners can read the rendered element.
   * A load's outcome asks for that render as it settles, hence the extra microtask.
   */
  #afterRender(dispatch: () => void): void {
    Promise.resolve()
      .then(() => this.updateComplete)
      .then(dispatch, dispatch);
  }
}
