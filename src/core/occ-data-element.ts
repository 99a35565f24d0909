/**
 * The small base of the elements that are not one profile (`<occ-finder>` shows the index,
 * `<occ-compare>` several profiles): the shared inputs (`timeout`, `theme`, `hide-source`,
 * `messages`), language and texts, the error block and `occ-error`, each outcome announced once.
 * Loading itself is each element's `@lit/task`, through the shared loader.
 */
import { LitElement, html, nothing, type PropertyDeclarations, type TemplateResult } from 'lit';
import { TaskStatus, type Task } from '@lit/task';
import { DEFAULT_TIMEOUT } from '../data/loader.js';
import { OccDataError, isAbort } from '../data/errors.js';
import type { CoreStrings, Strings } from '../i18n/en.js';
import { loadStrings, setStrings, stringsFor } from '../i18n/strings.js';
import { readerMessage, reportOnce } from '../i18n/reader-message.js';
import { OccErrorEvent } from './events.js';
import { resolveLang } from './lang.js';

export abstract class OccDataElement<S extends CoreStrings = CoreStrings> extends LitElement {
  static override properties: PropertyDeclarations = {
    timeout: { type: Number },
    theme: { reflect: true },
    hideSource: { type: Boolean, attribute: 'hide-source' },
    messages: { attribute: false },
  };

  /** Milliseconds to wait for each document before showing a timeout error (default 15000). */
  declare timeout: number;

  /** Colour scheme: `light`, `dark`, or `auto` (unset) to follow the reader's system setting. */
  declare theme: 'light' | 'dark' | 'auto' | undefined;

  /** Hides the one-line source note. */
  declare hideSource: boolean;

  /** Texts to use instead of the built-in ones for this element (see `setStrings` for a whole page). */
  declare messages: Partial<Strings> | undefined;

  /** Replaces texts the elements write, page-wide, for a language or locale (as on every occ-* element). */
  static setStrings = setStrings;

  constructor() {
    super();
    this.timeout = DEFAULT_TIMEOUT;
    this.hideSource = false;
  }

  #locale: string | undefined;
  #strings: S | undefined;
  #announced: unknown;

  /** The English texts this element writes (only the groups it uses). */
  protected abstract get english(): S;

  /** The texts this element writes: its language's, with any overrides. */
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

  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  #tasks: Task<any, any>[] = [];
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  #stopped = new Set<Task<any, any>>();

  /**
   * The element's loading tasks, stopped when it leaves the page (a Task does not stop on its own:
   * a removed element would wait for its documents, and be kept, until they came) and run again
   * when it is back. Their aborted runs are no failure: see {@link isStopped}.
   */
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  protected stopOnRemoval(...tasks: Task<any, any>[]): void {
    this.#tasks.push(...tasks);
  }

  /** The task's last run was stopped by the element's removal (it runs again on its return). */
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  protected isStopped(task: Task<any, any>): boolean {
    return task.status === TaskStatus.ERROR && isAbort(task.error);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    for (const task of this.#stopped) void task.run();
    this.#stopped.clear();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    for (const task of this.#tasks) {
      if (task.status !== TaskStatus.PENDING) continue;
      this.#stopped.add(task);
      task.abort();
    }
  }

  /** Each update first finds the element's language, and waits for its texts if not loaded. */
  protected override scheduleUpdate(): void | Promise<unknown> {
    this.#locale = resolveLang(this);
    this.#strings = undefined;
    const loading = loadStrings(this.#locale);
    return loading ? loading.then(() => super.scheduleUpdate()) : super.scheduleUpdate();
  }

  /**
   * The failure as a visible, plain-language block (`role="alert"`). The precise detail (the
   * validator's path and value) is for developers: see {@link announceError}.
   */
  protected renderFailure(error: unknown, title: string, urlLabel: string): TemplateResult {
    const message = readerMessage(error, this.strings.errors);
    const url = error instanceof OccDataError ? error.details.url : undefined;
    return html`<div class="error" part="error" role="alert">
      <p class="error-title">${title}</p>
      <p class="error-message">${message}</p>
      ${
        url && !message.includes(url) ? html`<p class="error-url">${urlLabel}: ${url}</p>` : nothing
      }
    </div>`;
  }

  /**
   * Dispatches `event()` once per new outcome (a loaded document, a failure), after the render
   * that shows it, so listeners can read the rendered element.
   */
  protected announce(outcome: unknown, event: () => Event): void {
    if (this.#announced === outcome) return;
    this.#announced = outcome;
    this.#afterRender(() => this.dispatchEvent(event()));
  }

  #errorsAnnounced = new WeakSet<Error>();

  /**
   * Tells developers of a failure the element shows, once per failure (an element may show
   * several: one per compared occupation): `occ-error` with the error, after the render that
   * shows it, and the precise detail in the console (once per page, however many elements show it).
   */
  protected announceError(error: Error, src: string | undefined): void {
    if (this.#errorsAnnounced.has(error)) return;
    this.#errorsAnnounced.add(error);
    reportOnce(error, src);
    const event = new OccErrorEvent({ error, src }); // declared by each element's @fires
    this.#afterRender(() => this.dispatchEvent(event));
  }

  #afterRender(dispatch: () => void): void {
    Promise.resolve()
      .then(() => this.updateComplete)
      .then(dispatch, dispatch);
  }

  /** Marks the element busy (`aria-busy`) while it loads. */
  protected setBusy(busy: boolean): void {
    if (busy) this.setAttribute('aria-busy', 'true');
    else this.removeAttribute('aria-busy');
  }
}
