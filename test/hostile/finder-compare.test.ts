/**
 * The hostile-input and accessibility suites for <occ-finder> and <occ-compare>, which take other
 * inputs than the profile elements (an index; a list of profile URLs), so they run here over the
 * same corpora: every broken transport and JSON input of inputs.ts (and, for the comparison, every
 * broken profile), the injection payloads in the index's text fields and URLs, and axe in every
 * state, light and dark, at 320 and 1024 px; races (rapid src changes, removal while loading) and
 * extremes (an index of 5,000, titles of thousands of characters). test/hostile/leaks.mjs creates
 * and removes both 1,000 times.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import '../../src/elements/finder/finder.js';
import '../../src/elements/compare/compare.js';
import type { OccErrorEvent } from '../../src/core/events.js';
import type { IndexEntry, OccupationIndex } from '../../src/data/index-types.js';
import { OccDataError } from '../../src/data/errors.js';
import {
  REFERENCE_URL,
  INDEX_TAGS,
  deepElements,
  hitsFor,
  nextOutcome,
  recordEvents,
  stashed,
  trapUncaught,
  uniqueKey,
  within,
} from './hostile.js';
import { BROKEN, urlFor } from './inputs.js';
import { PAYLOADS, payload } from './payloads.js';

const INDEX = '/test/fixtures/index.json';
const NURSES = '/test/fixtures/profiles/registered-nurses.json';
const index: OccupationIndex = await (await fetch(INDEX)).json();

type Tag = (typeof INDEX_TAGS)[number];
/** How each element is given a document: the finder's src is the index, the comparison's a list. */
const SRC: Record<Tag, (url: string) => string> = {
  'occ-finder': (url) => url,
  'occ-compare': (url) => `${NURSES} ${url}`,
};

/** Inputs that reach both elements by URL: transport and JSON faults (the comparison also gets the profile faults). */
const inputsFor = (tag: Tag) =>
  BROKEN.filter(
    (input) =>
      input.group === 'transport' ||
      input.group === 'json' ||
      (tag === 'occ-compare' && input.group === 'contract' && (input.body || input.data)),
  );

describe('hostile input: <occ-finder> and <occ-compare>', function () {
  this.timeout(60000);

  for (const tag of INDEX_TAGS) {
    it(`<${tag}> shows each broken input as a plain message with one occ-error, and throws nothing`, async () => {
      const trap = trapUncaught();
      const box = await fixture<HTMLDivElement>(html`<div style="width: 800px"></div>`);
      const cases = await Promise.all(
        inputsFor(tag).map(async (input) => {
          const el = document.createElement(tag);
          if (input.timeout) el.timeout = input.timeout;
          const events = recordEvents(el);
          const outcome = new Promise<OccErrorEvent>((resolve) =>
            el.addEventListener('occ-error', resolve, { once: true }),
          );
          el.setAttribute('src', SRC[tag](await urlFor(input, tag)));
          box.append(el);
          return { input, el, events, outcome };
        }),
      );
      try {
        for (const { input, el, events, outcome } of cases) {
          const event = await within(outcome, 10000, `${tag}: ${input.name}`);
          await el.updateComplete;
          const error = event.detail.error as OccDataError;
          expect(error, input.name).to.be.instanceOf(OccDataError);
          // An index that parses but is no index (most JSON faults are profiles) is a contract error.
          if (tag === 'occ-compare' || input.group === 'transport' || input.kind === 'parse') {
            expect(error.kind, input.name).to.equal(input.kind);
          }
          expect(el.shadowRoot!.querySelector('[role="alert"]'), input.name).to.exist;
          expect(events.errors.length, `${input.name}: one occ-error`).to.equal(1);
        }
        expect(trap.errors).to.deep.equal([]);
      } finally {
        trap.stop();
      }
    });
  }

  it('<occ-finder> rejects index faults with their path', async () => {
    const entry = index.occupations[0]!;
    const faults: [string, unknown][] = [
      ['occupations', { schemaVersion: 1 }],
      ['schemaVersion', { ...index, schemaVersion: 2 }],
      ['occupations[0].title', { ...index, occupations: [{ ...entry, title: '' }] }],
      ['occupations[0].soc', { ...index, occupations: [{ ...entry, soc: [] }] }],
      ['occupations[0].jobs', { ...index, occupations: [{ ...entry, jobs: -5 }] }],
      [
        'occupations[0].medianPay.annual',
        { ...index, occupations: [{ ...entry, medianPay: { annual: '5' } }] },
      ],
      ['occupations[0].kind', { ...index, occupations: [{ ...entry, kind: 'job' }] }],
      ['occupations[1]', { ...index, occupations: [entry, null] }],
    ];
    for (const [path, doc] of faults) {
      const el = document.createElement('occ-finder');
      const outcome = nextOutcome(el);
      el.src = await stashed(JSON.stringify(doc));
      document.body.append(el);
      const event = (await within(outcome, 5000, path)) as OccErrorEvent;
      el.remove();
      const error = event.detail.error as OccDataError;
      expect(error.kind, path).to.equal('contract');
      expect(error.details.path, path).to.equal(path);
    }
  });

  it('<occ-finder> shows every payload in the index as text, and links only to http(s)', async () => {
    const calls: number[] = [];
    const win = window as unknown as { __xss: (id: number) => void };
    win.__xss = (id) => calls.push(id);
    const beforeHead = document.head.children.length;
    const entries: IndexEntry[] = PAYLOADS.map((template, i) => ({
      ...index.occupations[i % index.occupations.length]!,
      title: payload(template, i),
      slug: payload(template, 1000 + i),
      url: payload(template, 2000 + i),
      education: payload(template, 3000 + i),
      outlookPhrase: payload(template, 4000 + i),
      soc: [payload(template, 5000 + i)],
    }));
    const src = await stashed(
      JSON.stringify({ ...index, source: PAYLOADS[0], occupations: entries }),
    );
    for (const template of [undefined, '/careers/{slug}', 'javascript:__xss({slug})']) {
      const el = document.createElement('occ-finder');
      if (template) el.setAttribute('href-template', template);
      const outcome = nextOutcome(el);
      el.src = src;
      (await fixture<HTMLDivElement>(html`<div></div>`)).append(el);
      await within(outcome, 5000, 'payload index');
      await new Promise((resolve) => setTimeout(resolve, 300));
      const rendered = deepElements(el);
      // Only the element's own markup: no element a payload would add.
      const tags = new Set(rendered.map((node) => node.localName));
      for (const bad of [
        'script',
        'img',
        'iframe',
        'object',
        'embed',
        'style',
        'link',
        'meta',
        'base',
        'video',
        'details',
        'math',
      ]) {
        expect(tags.has(bad), `<${bad}> in the finder`).to.equal(false);
      }
      for (const link of el.shadowRoot!.querySelectorAll('a')) {
        expect(new URL(link.href).protocol, link.href).to.match(/^https?:$/);
      }
      const titles = [...el.shadowRoot!.querySelectorAll('tbody th')].map((th) =>
        (th.querySelector('a') ?? th).textContent!.split('SOC')[0]!.trim(),
      );
      expect(titles.length).to.equal(PAYLOADS.length);
    }
    expect(calls, 'payloads that ran').to.deep.equal([]);
    expect(document.head.children.length).to.equal(beforeHead);
  });
});

/** Each state of each element: how to reach it. */
const STATES: Record<Tag, { name: string; attributes: Record<string, string>; settles?: false }[]> =
  {
    'occ-finder': [
      {
        name: 'loading',
        attributes: {
          src: `/__fixtures/profile?key=${uniqueKey('a11y-finder')}&delay=20000&file=test/fixtures/index.json`,
        },
        settles: false,
      },
      { name: 'loaded', attributes: { src: INDEX, sort: 'growth' } },
      { name: 'empty', attributes: { src: INDEX, query: 'astronaut' } },
      { name: 'no-source', attributes: {} },
      { name: 'error-http', attributes: { src: '/__fixtures/status/500' } },
      { name: 'error-parse', attributes: { src: '/__fixtures/html' } },
      { name: 'error-contract', attributes: { src: REFERENCE_URL } },
    ],
    'occ-compare': [
      {
        name: 'loading',
        attributes: { src: `/__fixtures/profile?key=${uniqueKey('a11y-compare')}&delay=20000` },
        settles: false,
      },
      {
        name: 'loaded',
        attributes: { src: `${NURSES} /test/fixtures/profiles/actors.json`, index: INDEX },
      },
      { name: 'picker-only', attributes: { index: INDEX } },
      { name: 'no-source', attributes: {} },
      { name: 'error-http', attributes: { src: `${NURSES} /__fixtures/status/500` } },
      { name: 'error-contract', attributes: { src: '/test/fixtures/bad-money.json' } },
      { name: 'error-index', attributes: { src: NURSES, index: '/__fixtures/status/404' } },
    ],
  };

describe('accessibility: <occ-finder> and <occ-compare> in every state', function () {
  this.timeout(60000);
  after(() => emulateMedia({ colorScheme: 'light' }));

  for (const tag of INDEX_TAGS) {
    for (const scheme of ['light', 'dark'] as const) {
      for (const width of [320, 1024]) {
        it(`<${tag}> passes axe in every state, ${scheme}, ${width} px`, async () => {
          await emulateMedia({ colorScheme: scheme });
          const box = await fixture<HTMLDivElement>(html`<div style="width: ${width}px"></div>`);
          const waits: Promise<unknown>[] = [];
          for (const state of STATES[tag]) {
            const el = document.createElement(tag);
            el.id = `${tag}--${state.name}`;
            if (state.settles !== false && state.attributes['src']) waits.push(nextOutcome(el));
            for (const [name, value] of Object.entries(state.attributes))
              el.setAttribute(name, value);
            box.append(el);
          }
          await within(Promise.all(waits), 8000, 'every state settles');
          await new Promise((resolve) => setTimeout(resolve, 100)); // the index picker's own load
          const elements = [...box.children] as (HTMLElement & {
            updateComplete: Promise<unknown>;
          })[];
          await Promise.all(elements.map((el) => el.updateComplete));
          for (const el of elements) {
            const name = el.id.slice(tag.length + 2);
            const root = el.shadowRoot!;
            if (name === 'loading') expect(el.getAttribute('aria-busy'), el.id).to.equal('true');
            if (name.startsWith('error'))
              expect(root.querySelector('[role="alert"]'), el.id).to.exist;
            if (name === 'no-source') expect(root.querySelector('[part="notice"]'), el.id).to.exist;
            if (name === 'picker-only') expect(root.querySelector('select'), el.id).to.exist;
          }
          await expect(box).to.be.accessible();
        });
      }
    }
  }
});

const hitsSum = async (prefix: string): Promise<{ hits: number; aborts: number }> =>
  (await fetch(`/__fixtures/hits-sum?prefix=${encodeURIComponent(prefix)}`)).json();

const ACTORS = '/test/fixtures/profiles/actors.json';

describe('races: <occ-finder> and <occ-compare>', function () {
  this.timeout(30000);
  let trap: ReturnType<typeof trapUncaught>;
  beforeEach(() => (trap = trapUncaught()));
  afterEach(() => trap.stop());

  /** Each element's slow document, and the URL (src) it ends on. */
  const RACE: Record<Tag, { slow: (key: string) => string; last: (key: string) => string }> = {
    'occ-finder': {
      slow: (key) => `/__fixtures/profile?key=${key}&delay=4000&file=test/fixtures/index.json`,
      last: (key) => `/__fixtures/profile?key=${key}&delay=50&file=test/fixtures/index.json`,
    },
    'occ-compare': {
      slow: (key) => `${NURSES} /__fixtures/profile?key=${key}&delay=4000`,
      last: (key) => `${ACTORS} /__fixtures/profile?key=${key}&delay=50&file=${NURSES.slice(1)}`,
    },
  };

  for (const tag of INDEX_TAGS) {
    it(`<${tag}> shows the last of 50 rapid src changes and aborts every superseded request`, async () => {
      const box = await fixture<HTMLDivElement>(html`<div style="width: 800px"></div>`);
      const el = document.createElement(tag);
      const events = recordEvents(el);
      box.append(el);
      const prefix = `${uniqueKey(`race-${tag}`)}-`;
      for (let i = 0; i < 49; i += 1) {
        el.setAttribute('src', RACE[tag].slow(`${prefix}${i}`));
        if (i % 4) await new Promise((resolve) => setTimeout(resolve));
      }
      const lastKey = uniqueKey(`race-last-${tag}`);
      const done = nextOutcome(el);
      el.setAttribute('src', RACE[tag].last(lastKey));
      const outcome = await within(done, 8000, 'the last document');
      await new Promise((resolve) => setTimeout(resolve, 1500)); // the server hears of the aborts
      expect(outcome.type).to.equal('occ-load');
      expect(events.loads.length).to.equal(1);
      expect(events.errors.map((event) => String(event.detail.error))).to.deep.equal([]);
      const superseded = await hitsSum(prefix);
      expect(superseded.aborts, 'superseded requests aborted').to.equal(superseded.hits);
      if (tag === 'occ-finder') {
        expect((el as HTMLElementTagNameMap['occ-finder']).results.length).to.equal(
          index.occupations.length,
        );
      } else {
        const titles = (el as HTMLElementTagNameMap['occ-compare']).profiles.map(
          (profile) => profile.occupation.title,
        );
        expect(titles).to.deep.equal(['Actors', 'Registered Nurses']);
      }
      expect(el.getAttribute('aria-busy')).to.equal(null);
      expect(trap.errors).to.deep.equal([]);
    });

    it(`<${tag}> removed while loading stops its request, and loads again when back`, async () => {
      const box = await fixture<HTMLDivElement>(html`<div style="width: 800px"></div>`);
      const el = document.createElement(tag);
      const events = recordEvents(el);
      const key = uniqueKey(`removed-${tag}`);
      const src =
        tag === 'occ-finder'
          ? `/__fixtures/profile?key=${key}&delay=1000&file=test/fixtures/index.json`
          : `${NURSES} /__fixtures/profile?key=${key}&delay=1000`;
      el.setAttribute('src', src);
      box.append(el);
      await new Promise((resolve) => setTimeout(resolve, 200));
      el.remove();
      await new Promise((resolve) => setTimeout(resolve, 1500));
      expect(await hitsFor(key), 'the request was aborted').to.deep.equal({ hits: 1, aborts: 1 });
      expect(events.errors.length, 'no occ-error for a stopped load').to.equal(0);
      expect(el.shadowRoot!.querySelector('[role="alert"]')).to.equal(null);
      const done = nextOutcome(el);
      box.append(el);
      const outcome = await within(done, 8000, 'loaded on its return');
      expect(outcome.type).to.equal('occ-load');
      expect(events.errors.length).to.equal(0);
      expect((await hitsFor(key)).hits).to.equal(2);
      await expect(el).to.be.accessible();
      expect(trap.errors).to.deep.equal([]);
    });
  }
});

describe('extremes: <occ-finder> and <occ-compare>', function () {
  this.timeout(60000);

  it('<occ-finder> takes an index of 5,000 occupations and a 10,000-character title', async () => {
    const entries: IndexEntry[] = Array.from({ length: 5000 }, (_, i) => {
      const entry = index.occupations[i % index.occupations.length]!;
      // Each its own page: the finder lists a page once.
      const url = `https://www.bls.gov/ooh/${entry.slug}-${i}.htm`;
      return { ...entry, slug: `${entry.slug}-${i}`, title: `${entry.title} ${i}`, url };
    });
    entries[0] = { ...entries[0]!, title: 'Long '.repeat(2000).trim() };
    const src = await stashed(JSON.stringify({ ...index, occupations: entries }));
    const box = await fixture<HTMLDivElement>(html`<div style="width: 360px"></div>`);
    const el = document.createElement('occ-finder');
    const outcome = nextOutcome(el);
    el.src = src;
    box.append(el);
    expect((await within(outcome, 20000, 'the huge index')).type).to.equal('occ-load');
    await el.updateComplete;
    expect(el.results.length).to.equal(5000);
    expect(el.shadowRoot!.querySelector('[role="status"]')!.textContent).to.contain('5,000');
    // The first rows at once, the rest in steps: nothing waits for 5,000 rows.
    expect(el.shadowRoot!.querySelectorAll('tbody tr').length).to.be.below(5000);
    expect(el.scrollWidth).to.be.at.most(el.clientWidth);
    // Filtering the huge index still answers.
    el.query = 'Long';
    await el.updateComplete;
    expect(el.results.length).to.equal(1);
    await expect(el).to.be.accessible();
  });

  it('<occ-compare> lists a 5,000-occupation index in its picker and takes four long titles', async () => {
    const entries: IndexEntry[] = Array.from({ length: 5000 }, (_, i) => {
      const entry = index.occupations[i % index.occupations.length]!;
      // Each its own page: the finder lists a page once.
      const url = `https://www.bls.gov/ooh/${entry.slug}-${i}.htm`;
      return { ...entry, slug: `${entry.slug}-${i}`, title: `${entry.title} ${i}`, url };
    });
    const indexSrc = await stashed(JSON.stringify({ ...index, occupations: entries }));
    const nurses = await (await fetch(NURSES)).json();
    const sources = await Promise.all(
      [1, 2, 3, 4].map((n) =>
        stashed(
          JSON.stringify({
            ...nurses,
            occupation: { ...nurses.occupation, title: `${'Very long title '.repeat(60)}${n}` },
          }),
        ),
      ),
    );
    const box = await fixture<HTMLDivElement>(html`<div style="width: 360px"></div>`);
    const el = document.createElement('occ-compare');
    const outcome = nextOutcome(el);
    el.setAttribute('src', sources.join(' '));
    el.setAttribute('index', indexSrc);
    box.append(el);
    expect((await within(outcome, 20000, 'four profiles')).type).to.equal('occ-load');
    await new Promise((resolve) => setTimeout(resolve, 300)); // the picker's index
    await el.updateComplete;
    expect(el.profiles.length).to.equal(4);
    // Four occupations is the most: the picker says so instead of listing 5,000.
    expect(el.shadowRoot!.querySelector('[part="picker"]')!.textContent).to.contain('Four');
    el.shadowRoot!.querySelector<HTMLButtonElement>('[part="remove"]')!.click();
    await new Promise((resolve) => setTimeout(resolve, 100));
    await el.updateComplete;
    expect(el.shadowRoot!.querySelectorAll('#pick option').length).to.equal(5001);
    for (const svg of el.shadowRoot!.querySelectorAll('svg')) {
      expect(svg.getBoundingClientRect().right).to.be.at.most(el.getBoundingClientRect().right + 1);
    }
    await expect(el).to.be.accessible();
  });
});
