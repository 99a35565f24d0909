/**
 * What every occ-* element shares: the `src`/`data` inputs, loading through the shared loader,
 * the loading, notice and error states, events, language and theme. A subclass only renders a
 * profile (`renderProfile`) and, optionally, a placeholder of its final size.
 */
import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { Task, TaskStatus, initialState } from '@lit/task';
import { OccDataError } from '../data/errors.js';
import { DEFAULT_TIMEOUT, checkProfile, loadProfile, resolveUrl } from '../data/loader.js';
import { STAND_IN } from '../data/stand-in.js';
import type { OccupationProfile } from '../data/types.js';
import type { Strings } from '../i18n/en.js';
import { setStrings, stringsFor } from '../i18n/strings.js';
import { sourceNote } from './source-note.js';
import { OccErrorEvent, OccLoadEvent } from './events.js';
import { resolveLang } from './lang.js';

type Args = readonly [src: string | undefined, data: unknown, timeout: number, attempt: number];

export abstract class OccElement extends LitElement {
  /** URL of the occupation profile (JSON); relative URLs resolve against the page, like `<img src>`. */
  @property() accessor src: string | undefined;

  /** A profile object to show instead of fetching `src` (for frameworks and inlined JSON). Takes precedence over `src`. */
  @property({ attribute: false }) accessor data: OccupationProfile | undefined;

  /** Milliseconds to wait for the profile before showing a timeout error (default 15000). */
  @property({ type: Number }) accessor timeout: number = DEFAULT_TIMEOUT;

  /** Colour scheme: `light`, `dark`, or `auto` (unset) to follow the reader's system setting. */
  @property({ reflect: true }) accessor theme: 'light' | 'dark' | 'auto' | undefined;

  /** Hides the one-line source note ("Source: BLS …; projections 2018-28; wages May 2018"). */
  @property({ type: Boolean, attribute: 'hide-source' }) accessor hideSource = false;

  /** Texts to use instead of the built-in ones for this element (any of them; see `setStrings` for a whole page). */
  @property({ attribute: false }) accessor messages: Partial<Strings> | undefined;

  /**
   * Replaces texts the elements write, page-wide, for a language (`"es"`) or locale (`"es-MX"`):
   * `customElements.get('occ-quick-facts').setStrings('en', { noPay: '…' })`.
   */
  static setStrings = setStrings;

  /** Counts `reload()` calls, so a retry re-runs the task even though src is unchanged. */
  #attempt = 0;
  #reload = false;

  protected readonly profileTask = new Task<Args, OccupationProfile | undefined>(this, {
    args: () => [this.src, this.data, this.timeout, this.#attempt] as const,
    task: async ([src, data, timeout], { signal }) => {
      if (data !== undefined && data !== null) return checkProfile(data);
      if (!src) return undefined;
      const reload = this.#reload;
      this.#reload = false;
      try {
        return await loadProfile(src, { signal, timeout, reload });
      } catch (error) {
        // Aborted because src changed or the element left the page: not an error, show nothing.
        if (signal.aborted) return initialState;
        throw error;
      }
    },
    onComplete: (profile) => {
      if (profile)
        this.#afterRender(() =>
          this.dispatchEvent(new OccLoadEvent({ profile, src: this.#url() })),
        );
    },
    onError: (error) => {
      const failure = error instanceof Error ? error : new Error(String(error));
      this.#afterRender(() =>
        this.dispatchEvent(new OccErrorEvent({ error: failure, src: this.#url() })),
      );
    },
  });

  /** The loaded profile, once loaded. */
  get profile(): OccupationProfile | undefined {
    return this.profileTask.status === TaskStatus.COMPLETE ? this.profileTask.value : undefined;
  }

  /** The failure the element is showing, if any (also sent as `occ-error`). */
  get error(): Error | undefined {
    if (this.profileTask.status !== TaskStatus.ERROR) return undefined;
    const error = this.profileTask.error;
    return error instanceof Error ? error : new Error(String(error));
  }

  /** Fetches the profile again (after a failure, say), bypassing the page's cache of it. */
  reload(): void {
    this.#reload = true;
    this.#attempt += 1;
    this.requestUpdate();
  }

  /** The texts this element writes: its language's (English or Spanish), with any overrides. */
  protected get strings(): Strings {
    const base = stringsFor(this.locale);
    return this.messages ? { ...base, ...this.messages } : base;
  }

  /** The locale used for numbers and money: the nearest `lang`, else `en-US`. */
  protected get locale(): string {
    return resolveLang(this);
  }

  /** Base URL for links in the profile: the data file's URL, or the page for `data`. */
  protected get baseUrl(): string {
    return this.data || !this.src ? document.baseURI : resolveUrl(this.src);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Back on the page after a removal aborted the load: load again.
    if (this.hasUpdated && this.profileTask.status === TaskStatus.INITIAL) this.profileTask.run();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.profileTask.abort();
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    const busy = this.profileTask.status === TaskStatus.PENDING;
    if (busy) this.setAttribute('aria-busy', 'true');
    else this.removeAttribute('aria-busy');
  }

  protected override render(): TemplateResult | typeof nothing {
    return this.profileTask.render({
      initial: () => this.renderPlaceholder(),
      pending: () => this.renderPlaceholder(),
      complete: (profile) =>
        profile
          ? this.#renderLoaded(profile)
          : html`<p class="notice" part="notice">${this.strings.missingSource}</p>`,
      error: (error) => this.renderError(error),
    });
  }

  /**
   * Shown while loading: the element's own layout for a typical profile, invisible and inert
   * under a skeleton, so it takes the space the loaded element will take.
   */
  protected renderPlaceholder(): TemplateResult {
    return html`<div class="placeholder" part="placeholder">
      <span class="visually-hidden">${this.strings.loading}</span>
      <div class="stand-in" aria-hidden="true" .inert=${true}>${this.#renderLoaded(STAND_IN)}</div>
    </div>`;
  }

  protected renderError(error: unknown): TemplateResult {
    const message = this.#describe(error);
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

  /** The failure in the element's language (the event's `error.message` stays in English). */
  #describe(error: unknown): string {
    if (!(error instanceof OccDataError))
      return error instanceof Error ? error.message : String(error);
    const { url = '', status = 0, statusText, seconds = 0, body, reason = '' } = error.details;
    const say = this.strings.errors;
    switch (error.kind) {
      case 'http':
        return say.http(url, status, statusText);
      case 'network':
        return say.network(url);
      case 'timeout':
        return say.timeout(url, seconds);
      case 'parse':
        return body === 'empty'
          ? say.empty(url)
          : body === 'html'
            ? say.html(url)
            : say.json(url, reason);
      default:
        return say.contract(reason || error.message);
    }
  }

  #url(): string | undefined {
    return this.data || !this.src ? undefined : resolveUrl(this.src);
  }

  /**
   * Events fire once the DOM shows the outcome, so listeners can read the rendered element.
   * Task asks for that render right after its callback returns, hence the extra microtask.
   */
  #afterRender(dispatch: () => void): void {
    Promise.resolve()
      .then(() => this.updateComplete)
      .then(dispatch, dispatch);
  }
}
