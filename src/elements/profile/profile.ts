import {
  html,
  nothing,
  type PropertyValues,
  type TemplateResult,
  type PropertyDeclarations,
} from 'lit';
import { OccElement } from '../../core/occ-element.js';
import { define } from '../../core/define.js';
import { enCharts, enCore, enCoveredBy, enPay, enProfile } from '../../i18n/en.js';
import { STAND_IN, STAND_IN_GLOSSARY, STAND_IN_QUICK_FACTS } from '../../data/stand-in.js';
import { STAND_IN_PROFILE } from '../../data/stand-in.profile.js';
import { OccTabChangeEvent } from '../../core/events.js';
import {
  SECTION_IDS,
  type Block,
  type OccupationProfile,
  type RichText,
  type SectionId,
} from '../../data/types.js';
import { formatDate } from '../../data/format.profile.js';
import { plainText } from '../../data/rich-text.js';
import { safeHref } from '../../data/url.js';
import type { LinkTarget } from '../../data/links.js';
import { renderLink } from '../../core/data-link.js';
import { baseStyles } from '../../styles/base.js';
import { tokens } from '../../styles/tokens.js';
import { tableStyles } from '../../styles/tables.js';
import { dataTableStyles } from '../../core/data-table.js';
import { availableTabs, groupContacts, industriesTable, sectionOf } from './profile.tabs.js';
import { profileStyles } from './profile.styles.js';
// The Summary tab, shown first, comes with the profile; see COMPOSED for the others.
import '../quick-facts/quick-facts.js';

/**
 * The elements the other tabs compose, loaded when their tab is first shown, and all of them once
 * the profile has rendered and the browser is idle (printing shows every tab). A page reading the
 * profile's summary downloads only what it shows first; a bundle that already holds these modules
 * (dist/occ-elements.js) resolves them at once.
 */
const COMPOSED: Partial<Record<SectionId, () => Promise<unknown>>> = {
  pay: () => import('../pay-chart/pay-chart.js'),
  'job-outlook': () => import('../outlook/outlook.js'),
  'work-environment': () => import('../employers/employers.js'),
  'similar-occupations': () => import('../similar/similar.js'),
};
const composing = new Map<SectionId, Promise<unknown>>();

/** Loads the element a tab composes (once per page); a failed load leaves the tab's text. */
function compose(id: SectionId): Promise<unknown> {
  let loading = composing.get(id);
  if (!loading) {
    loading = COMPOSED[id]?.().catch(() => undefined) ?? Promise.resolve();
    composing.set(id, loading);
  }
  return loading;
}

let composingAll = false;
function composeAllWhenIdle() {
  if (composingAll) return;
  composingAll = true;
  const all = () => Object.keys(COMPOSED).forEach((id) => compose(id as SectionId));
  if ('requestIdleCallback' in window) requestIdleCallback(all, { timeout: 2000 });
  else setTimeout(all, 200);
}

/** Parts of the composed elements, forwarded so `occ-profile::part(bar)` styles them too. */
const FORWARDED =
  'title, chart, bar, bar-focus, label, value, axis, table, toggle, link, term, definition, sort-button';

const FOCUSABLE =
  'a[href], button:not([disabled]), input, select, textarea, summary, [tabindex]:not([tabindex="-1"])';

/** Whether anything in `root` takes focus, looking into the shadow roots of composed elements. */
function hasFocusable(root: Element | ShadowRoot): boolean {
  if (root.querySelector(FOCUSABLE)) return true;
  return [...root.querySelectorAll('*')].some(
    (element) => element.shadowRoot && hasFocusable(element.shadowRoot),
  );
}

/** A heading of a level from 2 to 6 (the profile's own level, and its sections' below it). */
function heading(level: number, content: unknown, className = '', part = '') {
  switch (Math.min(Math.max(level, 2), 6)) {
    case 2:
      return html`<h2 class=${className} part=${part}>${content}</h2>`;
    case 3:
      return html`<h3 class=${className} part=${part}>${content}</h3>`;
    case 4:
      return html`<h4 class=${className} part=${part}>${content}</h4>`;
    case 5:
      return html`<h5 class=${className} part=${part}>${content}</h5>`;
    default:
      return html`<h6 class=${className} part=${part}>${content}</h6>`;
  }
}

/** A paragraph that introduces a table on the OOH page ("…were as follows:"). */
const introducesTable = (block: Block) =>
  block.type === 'paragraph' && /:\s*$/.test(plainText(block.text));

/** The texts this element writes, in English (the groups it uses). */
const ENGLISH = { ...enCore, ...enCharts, ...enPay, ...enProfile, ...enCoveredBy };

/**
 * What the loading placeholder draws: the header, the tab list and the selected tab of the
 * stand-in profile (the other tabs' panels are hidden, so they take no room). A tab that composes
 * an element draws that element's own placeholder; the stand-in has no prose tabs (see
 * STAND_IN_PROFILE), so with one of those selected the Summary's takes its place.
 */
const PLACEHOLDER: OccupationProfile = {
  ...STAND_IN,
  quickFacts: STAND_IN_QUICK_FACTS,
  ...STAND_IN_PROFILE,
  glossary: STAND_IN_GLOSSARY,
};

/**
 * The whole OOH occupation profile in one tag: a header with the title, summary and SOC codes,
 * the OOH's nine tabs (those the profile has data for), and the source and citation. It loads the
 * profile once and composes the other elements; imported on its own, it brings the Summary tab's
 * quick facts and loads each other tab's element when that tab is first shown (or when the browser
 * is idle).
 *
 * @summary The complete Occupational Outlook Handbook profile, with tabs.
 * @tag occ-profile
 *
 * @fires {OccLoadEvent} occ-load - The profile loaded and is shown. `detail: { profile, src }`.
 * @fires {OccErrorEvent} occ-error - The profile could not be loaded or breaks the data contract. `detail: { error, src }`.
 * @fires {OccTabChangeEvent} occ-tab-change - The reader selected another tab. `detail: { tab }`.
 *
 * @csspart header - The header: title, SOC codes and summary.
 * @csspart title - The occupation's title (and, forwarded, the captions of the composed charts and tables).
 * @csspart tabs - The tab list.
 * @csspart tab - A tab.
 * @csspart panel - A tab panel.
 * @csspart footer - The footer: source, last-modified date and citation (hidden by `hide-source`).
 * @csspart chart - Forwarded from the composed elements, as are `bar`, `bar-focus`, `label`, `value`, `axis`, `table`, `toggle`, `link`, `term`, `definition` and `sort-button`.
 * @csspart placeholder - The loading placeholder.
 * @csspart notice - The notice shown when neither `src` nor `data` is set.
 * @csspart error - The error message (`role="alert"`).
 *
 * @cssprop [--occ-profile-color-text=var(--occ-color-text, #1b1b1b)] - Text colour.
 * @cssprop [--occ-profile-color-muted=var(--occ-color-muted, #565c65)] - Secondary text.
 * @cssprop [--occ-profile-color-accent=var(--occ-color-accent, #005ea2)] - Accent: links and the selected tab's bar.
 * @cssprop [--occ-profile-color-surface=var(--occ-color-surface, #ffffff)] - Background.
 * @cssprop [--occ-profile-color-surface-alt=var(--occ-color-surface-alt, #f3f5f8)] - Hover and placeholder background.
 * @cssprop [--occ-profile-color-border=var(--occ-color-border, #c9ced6)] - Borders and rules.
 * @cssprop [--occ-profile-color-focus=var(--occ-color-focus, #2378c3)] - Focus ring colour.
 * @cssprop [--occ-profile-color-error=var(--occ-color-error, #b50909)] - Error accent colour.
 * @cssprop [--occ-profile-font-family=var(--occ-font-family, inherit)] - Font family.
 * @cssprop [--occ-profile-font-size=var(--occ-font-size, 1rem)] - Base font size.
 * @cssprop [--occ-profile-radius=var(--occ-radius, 0.5rem)] - Corner radius.
 * @cssprop [--occ-profile-space=var(--occ-space, 1rem)] - Inner padding.
 */
export class OccProfile extends OccElement<typeof ENGLISH> {
  static override styles = [
    tokens('profile'),
    baseStyles,
    tableStyles,
    dataTableStyles,
    profileStyles,
  ];

  protected override get english(): typeof ENGLISH {
    return ENGLISH;
  }

  protected override get standIn(): OccupationProfile {
    return PLACEHOLDER;
  }

  static override properties: PropertyDeclarations = {
    tab: { reflect: true },
    syncHash: { type: Boolean, attribute: 'sync-hash' },
    headingLevel: { type: Number, attribute: 'heading-level' },
    hrefTemplate: { attribute: 'href-template' },
  };

  /**
   * The selected tab: `summary`, `what-they-do`, `work-environment`, `how-to-become-one`, `pay`,
   * `job-outlook`, `state-and-area`, `similar-occupations` or `more-information`. Unset, unknown or
   * a tab the profile has no data for selects the first tab.
   */
  declare tab: SectionId | undefined;

  /** Keeps the selected tab in the page URL's hash (`#pay`), so a tab can be linked to. */
  declare syncHash: boolean;

  /** The heading level of the occupation's title (2–6); sections use the levels below it. */
  declare headingLevel: number;

  /**
   * Where links to other profiles go on this site, e.g. `/careers/{slug}`: a link in the data that
   * names one of our profiles (prose, similar occupations, contacts, "covered by") goes there;
   * unset, or for other links, to BLS's page.
   */
  declare hrefTemplate: string | undefined;

  constructor() {
    super();
    this.syncHash = false;
    this.headingLevel = 2;
  }

  /** The composed elements report to the profile, which fires one occ-load or occ-error itself. */
  protected override createRenderRoot() {
    const root = super.createRenderRoot();
    for (const type of ['occ-load', 'occ-error']) {
      root.addEventListener(type, (event) => event.stopPropagation());
    }
    return root;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('hashchange', this.#onHashChange);
    if (this.syncHash) this.#readHash(false);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('hashchange', this.#onHashChange);
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    // Reading the tabs' positions costs a layout: only when a tab is chosen, or the tab list it is
    // in was drawn anew (the profile arrived); the first tab, the default, is always in view.
    if (this.tab !== undefined && (changed.has('tab') || this.#revealedIn !== this.profile)) {
      this.#revealedIn = this.profile;
      this.#revealSelectedTab();
    }
    void this.updateComplete.then(() => this.#setPanelStops());
    if (changed.has('syncHash') && this.syncHash) this.#readHash(false);
    if (this.profile) composeAllWhenIdle();
    // Loading with another tab than the Summary selected: its element draws the placeholder.
    else compose(this.#selected(PLACEHOLDER)!);
  }

  /**
   * `updateComplete` (and so `occ-load`) includes the selected tab's element: loaded, and
   * rendered with the profile.
   */
  protected override async getUpdateComplete(): Promise<boolean> {
    const settled = await super.getUpdateComplete();
    const tab = this.profile && this.#selected(this.profile);
    if (!tab) return settled;
    await compose(tab);
    const inner = this.renderRoot.querySelectorAll<OccElement>(`#panel-${tab} .embedded`);
    await Promise.all([...inner].map((element) => element.updateComplete));
    return settled;
  }

  protected override renderProfile(profile: OccupationProfile): TemplateResult {
    const tabs = availableTabs(profile);
    const selected = this.#selected(profile, tabs);
    const level = this.headingLevel;
    const { occupation } = profile;
    // Not <header>/<footer>: outside <main> they would add banner and contentinfo landmarks to the page.
    return html`<div class="header" part="header">
        ${heading(level, occupation.title, 'title', 'title')}
        <p class="soc">${this.strings.socCodes(occupation.soc)}</p>
        ${occupation.summary ? html`<p class="lede">${occupation.summary}</p>` : nothing}
        ${
          occupation.coveredBy
            ? html`<p class="covered-by">
                ${this.strings.coveredBy}
                ${this.#link(occupation.coveredBy, occupation.coveredBy.text)}
              </p>`
            : nothing
        }
      </div>
      ${
        tabs.length
          ? html`<div
                role="tablist"
                part="tabs"
                aria-label=${this.strings.tabsLabel(occupation.title)}
                @keydown=${(event: KeyboardEvent) => this.#onKeydown(event, tabs)}
              >
                ${tabs.map(
                  (id) =>
                    html`<button
                      type="button"
                      role="tab"
                      part="tab"
                      id="tab-${id}"
                      aria-selected=${id === selected ? 'true' : 'false'}
                      aria-controls="panel-${id}"
                      tabindex=${id === selected ? 0 : -1}
                      @click=${() => this.#select(id, false)}
                    >
                      ${this.strings.tabs[id]}
                    </button>`,
                )}
              </div>
              ${tabs.map(
                (id) =>
                  html`<div
                    role="tabpanel"
                    part="panel"
                    id="panel-${id}"
                    aria-labelledby="tab-${id}"
                    ?hidden=${id !== selected}
                  >
                    ${this.#renderPanel(profile, id, level + 1)}
                  </div>`,
              )}`
          : nothing
      }
      ${this.#renderFooter(profile)}`;
  }

  /** The selected tab: `tab` when the profile has it, else the first. */
  #selected(profile: OccupationProfile, tabs = availableTabs(profile)): SectionId | undefined {
    return tabs.includes(this.tab as SectionId) ? (this.tab as SectionId) : tabs[0];
  }

  /**
   * A panel is a tab stop only when nothing in it takes focus (WAI-ARIA APG): otherwise Tab goes
   * from the tab straight to the panel's first link or button. Decided once the panel's composed
   * elements have rendered, since their buttons and links are in their own shadow roots.
   */
  #setPanelStops() {
    for (const panel of this.renderRoot.querySelectorAll<HTMLElement>('[role="tabpanel"]')) {
      if (hasFocusable(panel)) panel.removeAttribute('tabindex');
      else panel.setAttribute('tabindex', '0');
    }
  }

  /** The profile whose tab list was last scrolled to its selected tab. */
  #revealedIn: OccupationProfile | undefined;

  /** Scrolls the (compact, one-row) tab list so the selected tab is in view. */
  #revealSelectedTab() {
    const list = this.renderRoot.querySelector<HTMLElement>('[role="tablist"]');
    const tab = list?.querySelector<HTMLElement>('[aria-selected="true"]');
    if (!list || !tab) return;
    const { left, width } = tab.getBoundingClientRect();
    const start = left - list.getBoundingClientRect().left + list.scrollLeft;
    const end = start + width;
    if (start < list.scrollLeft) list.scrollLeft = start;
    else if (end > list.scrollLeft + list.clientWidth) list.scrollLeft = end - list.clientWidth;
  }

  /** The footer names the source; `hide-source` hides it. */
  protected override renderSourceNote(): typeof nothing {
    return nothing;
  }

  #renderPanel(profile: OccupationProfile, id: SectionId, level: number) {
    const section = sectionOf(profile, id);
    const blocks = section?.blocks ?? [];
    // In the placeholder a composed element shows its own: it waits for `src` too (the same
    // request, shared by the loader), not for the stand-in profile, which has none of its figures.
    const standIn = profile === PLACEHOLDER;
    const data = standIn ? undefined : profile;
    const src = standIn ? this.src : undefined;
    let content: unknown;
    switch (id) {
      case 'summary':
        content = html`${
          profile.quickFacts
            ? html`<occ-quick-facts
                class="embedded"
                .hideSource=${true}
                exportparts=${FORWARDED}
                .theme=${this.theme}
                .data=${profile}
              ></occ-quick-facts>`
            : nothing
        }
        ${this.#renderBlocks(blocks, level + 1)}`;
        break;
      case 'work-environment': {
        // The employers chart goes where the OOH puts its list: after the paragraph introducing it.
        const chart =
          standIn || profile.employers?.industries?.length
            ? html`<occ-employers
                class="embedded"
                .hideSource=${true}
                exportparts=${FORWARDED}
                .theme=${this.theme}
                .data=${data}
                .src=${src}
              ></occ-employers>`
            : nothing;
        // A sentence followed by a list introduces that list (a multi-code page's detailed occupations).
        const at =
          blocks.findIndex((block, i) => introducesTable(block) && blocks[i + 1]?.type !== 'list') +
            1 || blocks.length;
        content = html`${this.#renderBlocks(blocks.slice(0, at), level + 1)}${chart}${this.#renderBlocks(blocks.slice(at), level + 1)}`;
        break;
      }
      case 'pay': {
        // The OOH's order: the charts, the text, and the industries table after the paragraph
        // that introduces it ("…were as follows:"), before the text that follows it.
        const at = blocks.findIndex(introducesTable) + 1;
        const industries = at && data ? industriesTable(data, this.strings, this.locale) : nothing;
        content = html`<occ-pay-chart
            class="embedded ${blocks.length ? 'with-prose' : ''}"
            .hideSource=${true}
            .hideIndustries=${industries !== nothing}
            exportparts=${FORWARDED}
            .theme=${this.theme}
            .data=${data}
            .src=${src}
          ></occ-pay-chart>
          ${this.#renderBlocks(blocks.slice(0, at), level + 1)}${industries}${this.#renderBlocks(blocks.slice(at), level + 1)}`;
        break;
      }
      case 'job-outlook':
        content = html`<occ-outlook
            class="embedded"
            .hideSource=${true}
            exportparts=${FORWARDED}
            .theme=${this.theme}
            .data=${data}
            .src=${src}
          ></occ-outlook>
          ${this.#renderBlocks(blocks, level + 1)}`;
        break;
      case 'similar-occupations':
        content = html`${this.#renderBlocks(blocks, level + 1)}
          <occ-similar
            class="embedded"
            .hrefTemplate=${this.hrefTemplate}
            .hideSource=${true}
            exportparts=${FORWARDED}
            .theme=${this.theme}
            .data=${data}
            .src=${src}
          ></occ-similar>`;
        break;
      case 'more-information':
        content = html`${this.#renderBlocks(blocks, level + 1)}${this.#renderContacts(profile)}`;
        break;
      default:
        content = this.#renderBlocks(blocks, level + 1);
    }
    return html`${heading(level, section?.title || this.strings.tabs[id], 'panel-title')}
    ${
      section?.about
        ? html`<details>
            <summary>${this.strings.aboutSection}</summary>
            <p>${section.about}</p>
          </details>`
        : nothing
    }
    ${content}`;
  }

  /** Section text, always as text: paragraphs, headings and lists, with their links. */
  #renderBlocks(blocks: Block[], level: number) {
    return blocks.map((block) =>
      block.type === 'list'
        ? html`<ul>
            ${block.items.map((item) => html`<li>${this.#rich(item)}</li>`)}
          </ul>`
        : block.type === 'heading'
          ? heading(level, this.#rich(block.text))
          : html`<p>${this.#rich(block.text)}</p>`,
    );
  }

  /** Rich text: its runs as text, its links as links when they may be (else their text). */
  #rich(text: RichText) {
    return typeof text === 'string'
      ? text
      : text.map((run) => (typeof run === 'string' ? run : this.#link(run, run.text)));
  }

  /** A link in the data: to the site's own page (href-template) or BLS's, or text when unsafe. */
  #link(target: LinkTarget, text: string) {
    return renderLink(target, text, this.linkOptions(this.hrefTemplate));
  }

  #renderContacts(profile: OccupationProfile) {
    return groupContacts(profile).map(
      ({ group, contacts }) =>
        html`${group ? html`<p>${group}</p>` : nothing}
          <ul>
            ${contacts.map(
              (contact) =>
                html`<li>
                  ${this.#link({ href: contact.url, slug: contact.slug }, contact.name)}
                </li>`,
            )}
          </ul>`,
    );
  }

  #renderFooter(profile: OccupationProfile) {
    const { source, occupation } = profile;
    const origin = [
      source?.publisher,
      source?.title,
      source?.edition ? this.strings.edition(source.edition) : undefined,
    ].filter((part): part is string => Boolean(part));
    const modified = source?.lastModified
      ? formatDate(source.lastModified, this.locale)
      : undefined;
    const original = safeHref(occupation.url, this.baseUrl);
    if (this.hideSource || (!origin.length && !modified && !source?.citation && !original)) {
      return nothing;
    }
    return html`<div class="footer" part="footer">
      ${origin.length ? html`<p>${this.strings.sourceLine(origin)}</p>` : nothing}
      ${modified ? html`<p>${this.strings.lastModified(modified)}</p>` : nothing}
      ${source?.citation ? html`<p>${this.strings.citation} ${source.citation}</p>` : nothing}
      ${original ? html`<p><a part="link" href=${original}>${this.strings.viewOriginal}</a></p>` : nothing}
    </div>`;
  }

  #onKeydown(event: KeyboardEvent, tabs: SectionId[]) {
    const current = tabs.indexOf(
      (event.target as HTMLElement).id.slice('tab-'.length) as SectionId,
    );
    if (current < 0) return;
    const next = {
      ArrowRight: (current + 1) % tabs.length,
      ArrowLeft: (current - 1 + tabs.length) % tabs.length,
      Home: 0,
      End: tabs.length - 1,
    }[event.key];
    if (next === undefined) return;
    event.preventDefault();
    this.#select(tabs[next]!, true);
  }

  /** Selects a tab the reader chose: reflects it, fires occ-tab-change, and updates the hash. */
  async #select(id: SectionId, focus: boolean) {
    if (id !== this.tab) {
      this.tab = id;
      this.dispatchEvent(new OccTabChangeEvent({ tab: id }));
      if (this.syncHash && location.hash !== `#${id}`) {
        history.replaceState(history.state, '', `#${id}`);
      }
    }
    if (focus) {
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>(`#tab-${id}`)?.focus();
    }
  }

  #onHashChange = () => {
    if (this.syncHash) this.#readHash(true);
  };

  #readHash(notify: boolean) {
    const id = decodeURIComponent(location.hash.slice(1));
    const profile = this.profile;
    const known = profile
      ? availableTabs(profile).includes(id as SectionId)
      : (SECTION_IDS as readonly string[]).includes(id);
    if (!known || id === this.tab) return;
    this.tab = id as SectionId;
    if (notify) this.dispatchEvent(new OccTabChangeEvent({ tab: id }));
  }
}

define('occ-profile', OccProfile);

declare global {
  interface HTMLElementTagNameMap {
    'occ-profile': OccProfile;
  }
}
