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
import { Task, TaskStatus } from '@lit/task';
import { OccDataError, isAbort } from '../data/errors.js';
import {
  DEFAULT_TIMEOUT,
  checkProfile,
  loadProfile,
  peekProfile,
  resolveUrl,
} from '../data/loader.js';
import { STAND_IN } from '../data/stand-in.js';
import type { LinkOptions } from '../data/links.js';
import type { OccupationProfile } from '../data/types.js';
import type { CoreStrings, Strings } from '../i18n/en.js';
import { loadStrings, setStrings, stringsFor } from '../i18n/strings.js';
import { sourceNote } from './source-note.js';
import { OccErrorEvent, OccLoadEvent } from './events.js';
import { readerMessage, reportOnce } from '../i18n/reader-message.js';
import { resolveLang } from './lang.js';

const asError = (error: unknown) => (error instanceof Error ? error : new Error(String(error)));

/** What the profile task is given: the URL, the timeout, and whether to bypass the page's copy. */
type LoadArgs = [src: string, timeout: number, reload: boolean];

export abstract class OccElement<S extends CoreStrings = CoreStrings> extends LitElement {
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

  /**
   * Fetches the profile at `src` through the shared loader (one request per URL on the page),
   * with the task's signal: a newer run, or the element leaving the page, stops this element's
   * wait, and the loader aborts the request once no element waits for it. It runs only when a
   * request is needed (see `willUpdate`): a `data` object, or a profile the page already loaded,
   * is shown on the element's first update, with no placeholder in between.
   */
  #profile = new Task<LoadArgs, OccupationProfile>(this, {
    autoRun: false,
    task: ([src, timeout, reload], { signal }) => loadProfile(src, { signal, timeout, reload }),
  });

  /** A run asked for outside the inputs: `reload()`, or back on the page after a removal. */
  #rerun: { reload: boolean } | undefined;
  /** The element left the page while loading: the run was stopped and is due again on return. */
  #loadOnConnect = false;
  /** What the last render showed (a profile or a failure), and what the last event announced. */
  #shown: OccupationProfile | Error | undefined;
  #announced: OccupationProfile | Error | undefined;
  #busy = false;
  /** The language and texts, worked out once per update: finding `lang` walks up the DOM. */
  #locale: string | undefined;
  #strings: S | undefined;

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
    this.#rerun = { reload: true };
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

  /**
   * How links in the data resolve: the data's own hrefs against the data file, `template` (the
   * element's `href-template`, if it has one) against the page.
   */
  protected linkOptions(template: string | undefined): LinkOptions {
    return { template, base: this.baseUrl, page: document.baseURI };
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Back on the page after a removal stopped the load (or before it could start): load again.
    if (this.#loadOnConnect) {
      this.#loadOnConnect = false;
      this.#rerun = { reload: false };
      this.requestUpdate();
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    // A Task does not stop when its element leaves the page: this one does.
    if (this.#profile.status === TaskStatus.PENDING) {
      this.#loadOnConnect = true;
      this.#profile.abort();
    }
  }

  /** Each update first finds the element's language, and waits for its texts if not loaded. */
  protected override scheduleUpdate(): void | Promise<unknown> {
    this.#locale = resolveLang(this);
    this.#strings = undefined;
    const loading = loadStrings(this.#locale);
    return loading ? loading.then(() => super.scheduleUpdate()) : super.scheduleUpdate();
  }

  /** Runs the task when the inputs call for a request; stops it when they no longer do. */
  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    const rerun = this.#rerun;
    this.#rerun = undefined;
    if (!(changed.has('src') || changed.has('data') || changed.has('timeout') || rerun)) return;
    const { src, data, timeout } = this;
    const reload = rerun?.reload ?? false;
    if (data == null && src && (reload || !peekProfile(src))) {
      // An element updated after it left the page (it was removed before its first update, or
      // inside a removed element) does not start a request until it is back.
      if (this.isConnected) void this.#profile.run([src, timeout, reload]);
      else this.#loadOnConnect = true;
    } else {
      this.#profile.abort(); // a pending request for an earlier src is not wanted any more
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
    this.#busy = false;
    this.#shown = undefined;
    const states = {
      initial: () => html`<p class="notice" part="notice">${this.strings.missingSource}</p>`,
      pending: () => {
        this.#busy = true;
        return this.renderPlaceholder();
      },
      complete: (profile: OccupationProfile) => {
        this.#shown = profile;
        return this.#renderLoaded(profile);
      },
      error: (error: unknown) => {
        // Aborted because the element left the page: it loads again when it is back.
        if (isAbort(error)) return states.pending();
        this.#shown = asError(error);
        return this.renderError(error);
      },
    };
    if (this.data != null) {
      try {
        return states.complete(checkProfile(this.data));
      } catch (error) {
        return states.error(error);
      }
    }
    if (!this.src) return states.initial();
    // Already loaded by this page: no need to wait for the task (a reload under way replaced the
    // page's copy, so it is not found here until the new one arrives).
    const loaded = peekProfile(this.src);
    if (loaded) return states.complete(loaded);
    // Not started yet (the element left the page first): it waits for its return.
    return this.#profile.render({ ...states, initial: states.pending });
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

  /**
   * A valid profile without the data this element shows: a plain statement, not an error, and
   * `more` after it (see `coveredByNote`).
   */
  protected renderEmpty(message: string, more?: TemplateResult): TemplateResult {
    // The space is between the two parts, not at the start of `more`: the build's template
    // minifier trims a template's leading and trailing whitespace.
    return more
      ? html`<p class="empty" part="empty">${message} ${more}</p>`
      : html`<p class="empty" part="empty">${message}</p>`;
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
