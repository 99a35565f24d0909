import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/index.js';
import type { OccElement } from '../../src/core/occ-element.js';
import { loaded } from '../helpers.js';
// @ts-expect-error the demo scripts are plain JavaScript without types
import { startBuilder } from '../../demo/builder/app.js';
// @ts-expect-error the demo scripts are plain JavaScript without types
import { controlFor, elementsOf, globalTokens } from '../../demo/builder/manifest.js';
// @ts-expect-error the demo scripts are plain JavaScript without types
import { buildSnippet, cdnBase } from '../../demo/builder/snippet.js';

interface IndexEntry {
  slug: string;
  title: string;
  file: string;
  medianPay?: { annual?: number; hourly?: number };
}

const json = async <T>(url: string): Promise<T> => (await fetch(url)).json() as Promise<T>;
const dollars = (value: number, digits = 0) =>
  new Intl.NumberFormat('en-US', {
    style: 'currency',
    currency: 'USD',
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  }).format(value);

/**
 * All text under `node` through every shadow root, whitespace collapsed. Unlike the helpers'
 * deepText it tests no `instanceof`, so it also reads nodes of another window (the iframe).
 */
function textIn(node: Node): string {
  const parts: string[] = [];
  const walk = (current: Node) => {
    if (current.nodeType === Node.TEXT_NODE) parts.push(current.textContent ?? '');
    const root = (current as Element).shadowRoot;
    if (root) walk(root);
    if (current.nodeName === 'TEMPLATE' || current.nodeName === 'STYLE') return;
    for (const child of current.childNodes) walk(child);
  };
  walk(node);
  return parts.join(' ').replace(/\s+/g, ' ').trim();
}

/** The stylesheets of demo/builder.html, added to the test page once (axe checks contrast). */
async function builderStyles() {
  for (const href of ['/demo/demo.css', '/demo/builder.css']) {
    if (document.head.querySelector(`link[href="${href}"]`)) continue;
    const link = Object.assign(document.createElement('link'), { rel: 'stylesheet', href });
    document.head.append(link);
    await oneEvent(link, 'load');
  }
}

/**
 * The builder as the page has it: the <main> of demo/builder.html itself (fetched and parsed,
 * so the test runs the page's real markup), started by the page's own module.
 */
/** The builder page's <main>, with its styles, in the test page: not started yet. */
async function builderPage() {
  await builderStyles();
  const source = await (await fetch('/demo/builder.html')).text();
  const page = new DOMParser().parseFromString(source, 'text/html');
  const box = await fixture<HTMLDivElement>(html`<div></div>`);
  const main = document.importNode(page.querySelector('main#builder')!, true) as HTMLElement;
  box.append(main);
  return main;
}

async function openBuilder() {
  const main = await builderPage();
  const builder = await startBuilder(main);
  const $ = <T extends Element>(selector: string) => main.querySelector<T>(selector)!;
  return {
    main,
    $,
    preview: () => builder.preview() as OccElement,
    stage: $<HTMLElement>('#builder-preview'),
    snippet: () => $<HTMLTextAreaElement>('#builder-snippet').value,
  };
}
type Builder = Awaited<ReturnType<typeof openBuilder>>;

/** Sets a control's value as a user would, firing the events a user's change fires. */
function set(control: HTMLInputElement | HTMLSelectElement, value: string) {
  control.value = value;
  control.dispatchEvent(new Event('input', { bubbles: true }));
  control.dispatchEvent(new Event('change', { bubbles: true }));
}

/** The files: a copy of the package at this test server's root. */
function copyAtRoot(builder: Builder) {
  set(builder.$('#builder-folder'), location.origin);
}

/** The walk-through: 15-1252, <occ-pay-chart>, hourly wages, a plum accent. */
async function payChartHourly(builder: Builder) {
  set(builder.$('#builder-occupation'), '15-1252');
  set(builder.$('#builder-element'), 'occ-pay-chart');
  set(builder.$('[data-option="basis"]'), 'hourly');
  set(builder.$('[data-token="--occ-color-accent"]'), '#7a2e8e');
  await loaded(builder.preview());
}

/**
 * Pastes a snippet into an empty document and returns its element once it shows its profile.
 *
 * The document is a Blob URL holding nothing but the snippet: no doctype, no styles, no scripts,
 * like a new empty .html file (so it is even in quirks mode). The snippet is made for a copy of the
 * package at this test server's root (`dist/` from `npm run build`, and `data/`): the folder is
 * set to the origin (origin-absolute, since a Blob document's own URL has no path that
 * `/dist/…` could resolve against). The snippet is pasted as the builder made it.
 */
async function paste(snippet: string, tag: string) {
  expect(snippet, 'the snippet loads this server’s copy').to.include(
    `src="${location.origin}/dist/occ-elements.js"`,
  );
  const local = snippet;
  const url = URL.createObjectURL(new Blob([local], { type: 'text/html' }));
  const frame = document.createElement('iframe');
  frame.title = 'Pasted snippet';
  frame.style.cssText = 'width: 800px; height: 1200px; border: 0';
  const box = await fixture<HTMLDivElement>(html`<div></div>`);
  const load = oneEvent(frame, 'load');
  frame.src = url;
  box.append(frame);
  await load;
  URL.revokeObjectURL(url);
  const doc = frame.contentDocument!;
  expect(doc.compatMode, 'no doctype, as in an empty file').to.equal('BackCompat');
  await waitUntil(
    () => frame.contentWindow!.customElements.get(tag),
    `the pasted script defines <${tag}>`,
    { timeout: 5000 },
  );
  const element = doc.querySelector(tag) as OccElement;
  expect(element, `<${tag}> in the pasted page`).to.exist;
  await waitUntil(() => element.profile || element.error, 'the pasted element loads', {
    timeout: 8000,
  });
  expect(element.error, 'no error in the pasted element').to.equal(undefined);
  await element.updateComplete;
  return { element, window: frame.contentWindow! };
}

describe('the embed builder (demo/builder.html)', () => {
  let version: string;
  let occupations: IndexEntry[];
  before(async () => {
    ({ version } = await json<{ version: string }>('/package.json'));
    ({ occupations } = await json<{ occupations: IndexEntry[] }>('/data/index.json'));
  });
  const entry = (slug: string) => occupations.find((candidate) => candidate.slug === slug)!;

  it('keeps its settings hidden until they are built, then opens on <occ-quick-facts>', async () => {
    const main = await builderPage();
    const form = main.querySelector<HTMLFormElement>('#builder-form')!;
    // As the page is first painted: the menus are still empty, and nobody meets them.
    expect(getComputedStyle(form).visibility).to.equal('hidden');
    const builder = await startBuilder(main);
    expect(getComputedStyle(form).visibility).to.equal('visible');
    expect(main.querySelector<HTMLSelectElement>('#builder-element')!.value).to.equal(
      'occ-quick-facts',
    );
    expect(builder.preview().localName).to.equal('occ-quick-facts');
  });

  it('offers every element of custom-elements.json, and each option its manifest entry calls for', async () => {
    const builder = await openBuilder();
    const manifest = await json<{
      modules: { declarations?: { tagName?: string }[] }[];
    }>('/custom-elements.json');
    const tags = manifest.modules.flatMap((mod) =>
      (mod.declarations ?? []).flatMap((declaration) =>
        declaration.tagName ? [declaration.tagName] : [],
      ),
    );
    const options = [...builder.$<HTMLSelectElement>('#builder-element').options];
    expect(options.map((option) => option.value)).to.deep.equal(tags);
    expect(builder.main.querySelectorAll('#builder-occupations option').length).to.equal(
      occupations.length,
    );

    set(builder.$('#builder-element'), 'occ-pay-chart');
    const basis = builder.$<HTMLSelectElement>('[data-option="basis"]');
    expect(basis.tagName).to.equal('SELECT');
    expect([...basis.options].map((option) => option.value)).to.deep.equal(['', 'hourly']);
    expect(basis.options[0]!.textContent).to.equal('annual (default)');
    for (const name of ['hide-distribution', 'hide-industries']) {
      expect(builder.$<HTMLInputElement>(`[data-option="${name}"]`).type, name).to.equal(
        'checkbox',
      );
    }
    // src comes from the occupation picker and theme from its own select, never twice.
    expect(builder.main.querySelector('[data-option="src"]')).to.equal(null);
    expect(builder.main.querySelector('[data-option="theme"]')).to.equal(null);
    // Every control has a label.
    for (const control of builder.main.querySelectorAll<HTMLInputElement>('input, select')) {
      const named =
        control.labels?.length ||
        control.getAttribute('aria-labelledby') ||
        control.type === 'hidden';
      expect(named, `#${control.id} is labelled`).to.be.ok;
    }
  });

  it('shows the chosen occupation, element, option and colour in the preview and the snippet', async () => {
    const builder = await openBuilder();
    await payChartHourly(builder);

    const chart = builder.preview();
    expect(chart.tagName).to.equal('OCC-PAY-CHART');
    expect(chart.getAttribute('basis')).to.equal('hourly');
    expect(chart.getAttribute('src')).to.equal(`${location.origin}/data/15-1252.json`);
    expect(chart.profile!.occupation.title).to.equal(entry('15-1252').title);
    expect(textIn(chart)).to.include(dollars(63.98, 2));
    // The token is set on the preview stage only: the builder page itself keeps its look.
    expect(builder.stage.style.getPropertyValue('--occ-color-accent')).to.equal('#7a2e8e');
    expect([...builder.stage.style].filter((name) => name.startsWith('--'))).to.deep.equal([
      '--occ-color-accent',
    ]);
    expect(getComputedStyle(chart).getPropertyValue('--occ-color-accent').trim()).to.equal(
      '#7a2e8e',
    );
    expect(
      getComputedStyle(document.documentElement).getPropertyValue('--occ-color-accent'),
    ).to.equal('');
    expect(builder.$('#builder-occupation-status').textContent).to.equal(
      'Showing Software Developers (15-1252).',
    );

    // By default the snippet loads a copy of the package on the user's own site.
    expect(builder.snippet()).to.equal(
      [
        `<link rel="stylesheet" href="/occ-elements/dist/occ-elements.css" />`,
        `<script type="module" src="/occ-elements/dist/occ-elements.js"></script>`,
        '',
        '<style>',
        '  :root {',
        '    --occ-color-accent: #7a2e8e;',
        '  }',
        '</style>',
        '',
        '<occ-pay-chart src="/occ-elements/data/15-1252.json" basis="hourly"></occ-pay-chart>',
      ].join('\n'),
    );
    expect(builder.$('#builder-snippet-hint').textContent).to.contain('/occ-elements/');

    // The CDN form, marked as working once the package is published.
    builder.$<HTMLInputElement>('#builder-files-cdn').click();
    const cdn = `https://unpkg.com/occ-elements@${version}`;
    expect(builder.snippet()).to.contain(
      `<script type="module" src="${cdn}/dist/occ-elements.js"></script>`,
    );
    // The data is its own package beside the elements' (data/package.json).
    expect(builder.snippet()).to.contain(
      `  src="https://unpkg.com/occ-elements-data@${version}/15-1252.json"`,
    );
    expect(builder.$('#builder-snippet-hint').textContent).to.contain(
      'once occ-elements is published',
    );
    expect(builder.$<HTMLInputElement>('#builder-folder').disabled).to.equal(true);
  });

  it('gives <occ-finder> the index as src, and <occ-compare> the occupation and the index', async () => {
    const builder = await openBuilder();
    set(builder.$('#builder-element'), 'occ-finder');
    expect(builder.preview().getAttribute('src')).to.equal(`${location.origin}/data/index.json`);
    expect(builder.snippet()).to.contain(
      `<occ-finder src="/occ-elements/data/index.json"></occ-finder>`,
    );
    expect(builder.main.querySelector('[data-option="sort"]')).to.not.equal(null);
    set(builder.$('#builder-element'), 'occ-compare');
    const compare = builder.preview();
    expect(compare.getAttribute('src')).to.match(/\/data\/[\w-]+\.json$/);
    expect(compare.getAttribute('index')).to.equal(`${location.origin}/data/index.json`);
    expect(builder.main.querySelector('[data-option="index"]')).to.equal(null);
  });

  it('makes a snippet that works pasted into an empty HTML file', async () => {
    const builder = await openBuilder();
    await payChartHourly(builder);
    copyAtRoot(builder);
    const { element, window } = await paste(builder.snippet(), 'occ-pay-chart');

    expect(element.getAttribute('basis')).to.equal('hourly');
    expect(element.profile!.occupation.title).to.equal(entry('15-1252').title);
    const text = textIn(element);
    expect(text.toLowerCase()).to.include(entry('15-1252').title.toLowerCase());
    expect(text).to.include(dollars(63.98, 2)); // the median hourly wage, from data/15-1252.json
    // The <style> block reached the element: its toggle button is drawn in the chosen accent.
    expect(window.getComputedStyle(element).getPropertyValue('--occ-color-accent').trim()).to.equal(
      '#7a2e8e',
    );
    const toggle = element.shadowRoot!.querySelector('.toggle')!;
    expect(window.getComputedStyle(toggle).color).to.equal('rgb(122, 46, 142)');
  });

  it('pasted with the defaults, shows the median pay listed in data/index.json', async () => {
    const builder = await openBuilder();
    set(builder.$('#builder-occupation'), '15-1252');
    set(builder.$('#builder-element'), 'occ-quick-facts');
    set(builder.$('#builder-theme'), 'dark');
    await loaded(builder.preview());
    copyAtRoot(builder);
    const root = location.origin;
    expect(builder.snippet()).to.equal(
      [
        `<link rel="stylesheet" href="${root}/dist/occ-elements.css" />`,
        `<script type="module" src="${root}/dist/occ-elements.js"></script>`,
        '',
        `<occ-quick-facts src="${root}/data/15-1252.json" theme="dark"></occ-quick-facts>`,
      ].join('\n'),
    );
    const { element } = await paste(builder.snippet(), 'occ-quick-facts');
    expect(element.getAttribute('theme')).to.equal('dark');
    expect(textIn(element)).to.include(dollars(entry('15-1252').medianPay!.annual!));
  });

  it('puts only the tokens the user changed in the <style> block, and only valid values', async () => {
    const builder = await openBuilder();
    const accent = builder.$<HTMLInputElement>('[data-token="--occ-color-accent"]');
    const highlight = builder.$<HTMLInputElement>('[data-token="--occ-color-highlight"]');
    const radius = builder.$<HTMLInputElement>('[data-token="--occ-radius"]');
    const font = builder.$<HTMLInputElement>('[data-token="--occ-font-family"]');
    const initialAccent = accent.value;
    expect(builder.snippet()).not.to.include('<style>');

    set(accent, '#7a2e8e');
    // The highlight follows the accent by default, so its input shows the new accent.
    expect(highlight.value).to.equal('#7a2e8e');
    set(radius, '1rem');
    set(font, 'Georgia, serif');
    expect(builder.snippet()).to.include(
      [
        '  :root {',
        '    --occ-color-accent: #7a2e8e;',
        '    --occ-font-family: Georgia, serif;',
        '    --occ-radius: 1rem;',
        '  }',
      ].join('\n'),
    );
    expect(builder.stage.style.getPropertyValue('--occ-radius')).to.equal('1rem');

    set(radius, 'banana');
    expect(radius.getAttribute('aria-invalid')).to.equal('');
    expect(builder.$(`#${radius.id}-error`).textContent).to.equal(
      'Not a valid border-radius value.',
    );
    set(font, 'x</style><script>alert(1)</script>');
    expect(builder.snippet()).not.to.include('--occ-radius');
    expect(builder.snippet()).not.to.include('--occ-font-family');
    expect(builder.stage.style.getPropertyValue('--occ-radius')).to.equal('');

    set(accent, initialAccent); // back to the default: no longer a change
    expect(builder.snippet()).not.to.include('<style>');
    expect(builder.stage.getAttribute('style') ?? '').not.to.include('--occ-');

    set(accent, '#7a2e8e');
    builder.$<HTMLButtonElement>('#builder-reset').click();
    expect(builder.snippet()).not.to.include('<style>');
    expect(accent.value).to.equal(initialAccent);
  });

  it('copies the snippet, and says so in a status region', async () => {
    const builder = await openBuilder();
    const status = builder.$('#builder-copy-status');
    expect(status.getAttribute('role')).to.equal('status');
    let copied = '';
    Object.defineProperty(navigator, 'clipboard', {
      configurable: true,
      value: { writeText: async (text: string) => void (copied = text) },
    });
    try {
      builder.$<HTMLButtonElement>('#builder-copy').click();
      await waitUntil(() => status.textContent, 'a confirmation');
      expect(copied).to.equal(builder.snippet());
      expect(status.textContent).to.equal('Copied the snippet to the clipboard.');
    } finally {
      delete (navigator as { clipboard?: unknown }).clipboard;
    }
  });

  it('selects the snippet for the user to copy when the clipboard is unavailable', async () => {
    const builder = await openBuilder();
    const status = builder.$('#builder-copy-status');
    const field = builder.$<HTMLTextAreaElement>('#builder-snippet');
    Object.defineProperty(navigator, 'clipboard', { configurable: true, value: undefined });
    try {
      builder.$<HTMLButtonElement>('#builder-copy').click();
      await waitUntil(() => status.textContent, 'a message');
      expect(status.textContent).to.include('the snippet is selected');
      expect(document.activeElement).to.equal(field);
      expect([field.selectionStart, field.selectionEnd]).to.deep.equal([0, field.value.length]);
    } finally {
      delete (navigator as { clipboard?: unknown }).clipboard;
    }
  });

  it('works by keyboard, with a visible focus, in a logical order', async () => {
    const builder = await openBuilder();
    const input = builder.$<HTMLInputElement>('#builder-occupation');
    input.focus();
    input.select();
    await sendKeys({ type: 'registered nurses' });
    await sendKeys({ press: 'Enter' });
    expect(input.value).to.equal('Registered Nurses (Handbook profile)');
    expect(builder.preview().getAttribute('src')).to.equal(
      `${location.origin}/data/registered-nurses.json`,
    );
    expect(builder.snippet()).to.include(`/occ-elements/data/registered-nurses.json`);

    await sendKeys({ press: 'Tab' });
    const select = builder.$('#builder-element');
    expect(document.activeElement).to.equal(select);
    expect(getComputedStyle(select).outlineStyle).to.equal('solid');
    // Settings, then the preview, then the snippet and its Copy button.
    const order = [...builder.main.querySelectorAll('input, select, textarea, button')].map(
      (node) => node.id,
    );
    expect(order.indexOf('builder-occupation')).to.equal(0);
    expect(order.indexOf('builder-reset')).to.be.below(order.indexOf('builder-snippet'));
    expect(order.at(-1)).to.equal('builder-copy');
  });

  it('offers <occ-profile>’s tabs as a list, and wraps the snippet’s long lines in view', async () => {
    const builder = await openBuilder();
    set(builder.$('#builder-element'), 'occ-profile');
    const tab = builder.$<HTMLSelectElement>('[data-option="tab"]');
    expect(tab.tagName).to.equal('SELECT');
    expect([...tab.options].map((option) => option.value)).to.deep.equal([
      '',
      'summary',
      'what-they-do',
      'work-environment',
      'how-to-become-one',
      'pay',
      'job-outlook',
      'state-and-area',
      'similar-occupations',
      'more-information',
    ]);
    set(tab, 'pay');
    await waitUntil(() => builder.preview()?.getAttribute('tab') === 'pay', 'the preview’s tab');
    expect(builder.snippet()).to.contain('tab="pay"');

    // The snippet box at a phone's width: nothing runs out of it sideways.
    builder.main.style.width = '360px';
    const field = builder.$<HTMLTextAreaElement>('#builder-snippet');
    expect(field.scrollWidth).to.be.at.most(field.clientWidth);
    expect(field.scrollHeight).to.be.at.most(field.clientHeight + 1);
    builder.main.style.width = '';
  });

  it('passes axe', async () => {
    const builder = await openBuilder();
    await payChartHourly(builder);
    await expect(builder.main).to.be.accessible();
  });

  describe('reading the manifest', () => {
    const manifest = {
      modules: [
        {
          path: 'src/base.ts',
          declarations: [
            {
              kind: 'class',
              name: 'Base',
              attributes: [
                { name: 'src', type: { text: 'string | undefined' } },
                { name: 'theme', type: { text: "'light' | 'dark' | 'auto' | undefined" } },
                { name: 'timeout', default: 'DEFAULT_TIMEOUT', fieldName: 'timeout' },
                { name: 'compact', type: { text: 'boolean' }, default: 'false' },
              ],
            },
          ],
        },
        {
          path: 'src/x.ts',
          declarations: [
            {
              kind: 'class',
              name: 'X',
              tagName: 'occ-x',
              summary: 'An X.',
              superclass: { name: 'Base', module: '/src/base.js' },
              attributes: [
                {
                  name: 'basis',
                  type: { text: 'Basis' },
                  default: "'annual'",
                  description: '`annual` or `hourly`: which wages.',
                },
                { name: 'view', type: { text: "'chart' | 'table'" }, default: "'chart'" },
                { name: 'level', type: { text: 'number' }, default: '2' },
                { name: 'secret', type: { text: 'string' }, fieldName: 'secret' },
                { name: 'other', type: { text: 'Map<string, number>' } },
              ],
              members: [{ kind: 'field', name: 'secret', privacy: 'private', attribute: 'secret' }],
              cssProperties: [
                { name: '--occ-x-color-accent', default: 'var(--occ-color-accent, #005ea2)' },
                {
                  name: '--occ-x-color-highlight',
                  default: 'var(--occ-color-highlight, var(--occ-color-accent))',
                },
                { name: '--occ-x-radius', default: 'var(--occ-radius, 0.5rem)' },
              ],
            },
            { kind: 'class', name: 'NotAnElement' },
          ],
        },
      ],
    };

    it('lists elements with a tagName, and the options an author can set', () => {
      const [element, ...rest] = elementsOf(manifest);
      expect(rest).to.deep.equal([]);
      expect(element.tag).to.equal('occ-x');
      type Option = { name: string; kind: string; values?: string[]; default?: unknown };
      expect(
        element.options.map(({ name, kind, values, default: fallback }: Option) => ({
          name,
          kind,
          values,
          default: fallback,
        })),
      ).to.deep.equal([
        { name: 'basis', kind: 'enum', values: ['annual', 'hourly'], default: 'annual' },
        { name: 'view', kind: 'enum', values: ['chart', 'table'], default: 'chart' },
        { name: 'level', kind: 'number', values: undefined, default: 2 },
        // inherited from Base through `superclass`; src, theme and the untyped timeout left out
        { name: 'compact', kind: 'boolean', values: undefined, default: false },
      ]);
    });

    it('finds the global tokens the elements fall back to', () => {
      const tokens = globalTokens(elementsOf(manifest));
      expect(
        tokens.map(({ name, fallback, property }: Record<string, string>) => [
          name,
          fallback,
          property,
        ]),
      ).to.deep.equal([
        ['--occ-color-accent', '#005ea2', 'color'],
        ['--occ-color-highlight', 'var(--occ-color-accent)', 'color'],
        ['--occ-radius', '0.5rem', 'border-radius'],
      ]);
    });

    it('makes no control for a type it cannot offer', () => {
      expect(controlFor(undefined, '', undefined)).to.equal(undefined);
      expect(controlFor('Basis', 'No values listed.', undefined)).to.equal(undefined);
      expect(controlFor('string | number', '', undefined)).to.equal(undefined);
    });
  });

  it('escapes attribute values in the snippet', () => {
    const text = buildSnippet({
      base: cdnBase('occ-elements', '1.2.3'),
      tag: 'occ-x',
      attributes: [
        ['src', 'https://unpkg.com/occ-elements@1.2.3/data/a.json'],
        ['label', '"><script>alert(1)</script>&'],
        ['compact', true],
      ],
      tokens: [],
    });
    expect(text).to.include('label="&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;&amp;"');
    expect(text).to.include('\n  compact\n');
    expect(text).not.to.include('<script>alert');
  });
});
