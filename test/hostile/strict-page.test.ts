/**
 * A strict page: the elements run in an iframe served with
 *   Content-Security-Policy: default-src 'self'; script-src 'self'; style-src 'self';
 *                            require-trusted-types-for 'script'
 * (web-test-runner.config.mjs, route strict/<file>), whose first script (fixtures/watch.js) records
 * every `securitypolicyviolation`, uncaught error, cookie and storage access, registration,
 * request, window/document listener and history change. Every element is shown loaded, in each
 * other state, and operated (toggles, terms, tabs, basis); then all are removed.
 */
import { expect } from '@open-wc/testing';
import type { OccElement } from '../../src/core/occ-element.js';
import {
  TAGS,
  deepElements,
  errorPart,
  expectShowsProfile,
  sleep,
  until,
  uniqueKey,
} from './hostile.js';

interface Record {
  before: string[];
  violations: { directive: string; blocked: string; sample: string; source: string }[];
  errors: string[];
  storage: string[];
  definitions: string[];
  policies: string[];
  requests: string[];
  history: string[];
  listeners: Map<string, { added: number; removed: number }>;
}

/**
 * Globals Lit itself keeps (its version lists, which let copies of Lit on one page detect each
 * other; the decorators' metadata; dev-mode warnings): a library registration, not element state.
 */
const LIT_GLOBALS = [
  'litHtmlVersions',
  'litElementVersions',
  'reactiveElementVersions',
  'litPropertyMetadata',
  'litIssuedWarnings',
];

const STATES = {
  'HTTP error': '/__fixtures/status/500',
  'contract error': '/test/fixtures/bad-money.json',
  'parse error': '/__fixtures/html',
  empty: '/test/fixtures/title-only.json',
} as const;

let frame: HTMLIFrameElement;
let win: Window & { __hostile: Record };
let doc: Document;
/** The `src` of every element on the strict page, resolved. */
const sources = new Set<string>();

/** The element shows its data: a profile, or <occ-finder>'s index, or <occ-compare>'s profiles. */
const shows = (el: OccElement) => {
  const other = el as unknown as { index?: object; profiles?: object[] };
  return Boolean(el.profile ?? other.index ?? other.profiles?.length);
};

const occ = () =>
  [...doc.body.querySelectorAll<OccElement>('*')].filter((el) => el.localName.startsWith('occ-'));

describe('a strict page (CSP, Trusted Types)', function () {
  this.timeout(30000);

  before(async () => {
    frame = document.createElement('iframe');
    frame.style.width = '1040px';
    frame.style.height = '900px';
    const loaded = new Promise((resolve) =>
      frame.addEventListener('load', resolve, { once: true }),
    );
    frame.src = '/__fixtures/strict/strict.html';
    document.body.append(frame);
    await loaded;
    win = frame.contentWindow as typeof win;
    doc = frame.contentDocument!;
    await until(() => TAGS.every((tag) => win.customElements.get(tag)), 10000, 'definitions');
    await until(() => occ().every(shows), 10000, 'the static elements load');

    // Every other state, for every element: errors, empty, no source, loading, data.
    const profile = await (await win.fetch('/data/editions/2019-20/29-2071.json')).json();
    for (const tag of TAGS) {
      for (const src of Object.values(STATES)) {
        const el = doc.createElement(tag) as OccElement;
        el.setAttribute('src', src);
        doc.body.append(el);
      }
      doc.body.append(doc.createElement(tag));
      const slow = doc.createElement(tag) as OccElement;
      slow.setAttribute('src', `/__fixtures/profile?key=${uniqueKey('strict')}&delay=20000`);
      doc.body.append(slow);
      const withData = doc.createElement(tag) as OccElement;
      withData.data = structuredClone(profile);
      withData.setAttribute('theme', 'dark');
      doc.body.append(withData);
    }
    // <occ-compare>'s src is a list of URLs.
    for (const el of occ()) {
      for (const src of el.src?.split(/\s+/).filter(Boolean) ?? []) {
        sources.add(new URL(src, doc.baseURI).href);
      }
    }
    await until(
      () => occ().every((el) => shows(el) || el.error || !el.src || el.src.includes('delay=')),
      10000,
      'every element settles',
    );

    // Operate every control: chart/table toggles, glossary terms, tabs, the pay basis.
    for (const el of occ()) {
      await el.updateComplete;
      for (const button of deepElements(el).filter((n) => n.localName === 'button')) {
        (button as HTMLElement).click();
        await sleep(0);
      }
      if (el.localName === 'occ-pay-chart') el.setAttribute('basis', 'hourly');
      await el.updateComplete;
    }
    await sleep(300);
  });

  after(() => {
    const before = new Set(win.__hostile.before);
    console.log(
      `strict page: ${occ().length || 'all'} elements; globals added: ${Object.getOwnPropertyNames(
        win,
      )
        .filter((name) => !before.has(name))
        .join(', ')}; policies: ${win.__hostile.policies.join(', ')}; listeners: ${[
        ...win.__hostile.listeners.keys(),
      ].join(', ')}; requests: ${win.__hostile.requests.length}`,
    );
    frame.remove();
  });

  it('renders <occ-finder> and <occ-compare> (each of whose buttons was pressed)', () => {
    const finder = doc.querySelector('occ-finder')!;
    expect(finder.shadowRoot!.querySelectorAll('tbody tr').length).to.be.greaterThan(5);
    const compare = doc.querySelector('occ-compare')!;
    // Its Remove buttons were pressed: what is left still renders.
    expect(compare.shadowRoot!.querySelector('[part="error"]')).to.equal(null);
    expect(compare.shadowRoot!.textContent).to.not.equal('');
  });

  it('renders every element', () => {
    const loaded = occ().filter((el) => el.profile);
    // Per element: the page's own, the empty profile's, and the one given as data.
    expect(loaded.length, 'elements showing a profile').to.equal(TAGS.length * 3);
    for (const el of loaded) expectShowsProfile(el);
    for (const el of occ().filter((el) => el.error)) {
      expect(errorPart(el), `${el.localName} error`).to.not.equal(null);
    }
  });

  it('causes zero CSP or Trusted Types violations', () => {
    expect(win.__hostile.violations).to.deep.equal([]);
    expect(win.__hostile.errors, 'uncaught errors').to.deep.equal([]);
  });

  it('creates no Trusted Types policy but Lit’s own', () => {
    for (const name of win.__hostile.policies) expect(name).to.equal('lit-html');
  });

  it('sets no global state beyond its own registrations', () => {
    const before = new Set(win.__hostile.before);
    const added = Object.getOwnPropertyNames(win).filter(
      (name) => !before.has(name) && name !== '__hostile',
    );
    expect(
      added.filter((name) => !LIT_GLOBALS.includes(name)),
      'new globals',
    ).to.deep.equal([]);
    for (const name of win.__hostile.definitions) expect(name).to.match(/^occ-/);
    expect(win.__hostile.history, 'history changes').to.deep.equal([]);
  });

  it('reads no cookies or storage', () => {
    expect(win.__hostile.storage).to.deep.equal([]);
  });

  it('makes no request but to its src, one per URL', () => {
    // The test's own fetch of the reference (relative, in `before`) aside, every request is an
    // element's, for its src (resolved); elements sharing a URL share one request.
    const requests = win.__hostile.requests.filter(
      (r) => r !== 'fetch /data/editions/2019-20/29-2071.json',
    );
    for (const request of requests) {
      expect(request.startsWith('fetch '), request).to.equal(true);
      expect(sources.has(request.slice('fetch '.length)), request).to.equal(true);
    }
    const reference = `fetch ${new URL('/data/editions/2019-20/29-2071.json', doc.baseURI).href}`;
    expect(
      requests.filter((r) => r === reference),
      'requests for the reference',
    ).to.have.length(1);
    const resources = win.performance.getEntriesByType('resource') as PerformanceResourceTiming[];
    for (const entry of resources) {
      expect(new URL(entry.name).origin, entry.name).to.equal(win.location.origin);
      if (entry.initiatorType === 'script') continue; // the module graph of the elements' code
      expect(entry.initiatorType, entry.name).to.equal('fetch');
      expect(
        sources.has(entry.name) || entry.name.endsWith('/data/editions/2019-20/29-2071.json'),
        entry.name,
      ).to.equal(true);
    }
  });

  it('leaves no listener on window or document once its elements are removed', async () => {
    occ().forEach((el) => el.remove());
    await sleep(50);
    const left = [...win.__hostile.listeners]
      .filter(([, { added, removed }]) => added !== removed)
      .map(([key, { added, removed }]) => `${key}: ${added} added, ${removed} removed`);
    expect(left).to.deep.equal([]);
    expect(win.__hostile.violations).to.deep.equal([]);
    expect(win.__hostile.errors).to.deep.equal([]);
  });

  it('is really strict (control: an inline style and a string innerHTML are refused)', async () => {
    const seen = win.__hostile.violations.length;
    const probe = doc.createElement('div');
    probe.setAttribute('style', 'color: red');
    doc.body.append(probe);
    expect(() => {
      // eslint-disable-next-line no-restricted-syntax
      probe.innerHTML = '<b>x</b>';
    }).to.throw(/TrustedHTML/);
    await sleep(50);
    const directives = win.__hostile.violations.slice(seen).map((v) => v.directive);
    expect(directives).to.include('require-trusted-types-for');
    expect(directives.some((d) => d.startsWith('style-src'))).to.equal(true);
    probe.remove();
  });
});
