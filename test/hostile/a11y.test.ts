/**
 * Accessibility across states: axe (through @open-wc/testing) on every element in every state
 * (loading, loaded, table view, empty, no source, and each kind of error), in the light and dark
 * schemes, at 320 and 1024 px, with zero violations; and every interactive control reachable
 * and operable by keyboard, with a visible focus indicator.
 */
import { expect, fixture, fixtureCleanup, html } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import type { OccElement } from '../../src/core/occ-element.js';
import {
  REFERENCE_URL,
  TAGS,
  deepElements,
  nestedOcc,
  nextOutcome,
  sleep,
  uniqueKey,
  within,
} from './hostile.js';

const CHARTS: string[] = ['occ-pay-chart', 'occ-outlook', 'occ-employers'];

/** Each state: how to reach it. `settles` is false for the one that stays loading. */
const STATES: {
  name: string;
  src?: () => string;
  timeout?: number;
  view?: string;
  settles?: false;
}[] = [
  {
    name: 'loading',
    src: () => `/__fixtures/profile?key=${uniqueKey('a11y')}&delay=20000`,
    settles: false,
  },
  { name: 'loaded', src: () => REFERENCE_URL },
  { name: 'table-view', src: () => REFERENCE_URL, view: 'table' },
  { name: 'empty', src: () => '/test/fixtures/title-only.json' },
  { name: 'no-source' },
  { name: 'error-http', src: () => '/__fixtures/status/500' },
  { name: 'error-network', src: () => '/__fixtures/reset' },
  {
    name: 'error-timeout',
    src: () => `/__fixtures/profile?key=${uniqueKey('a11y-timeout')}&delay=5000`,
    timeout: 200,
  },
  { name: 'error-parse', src: () => '/__fixtures/html' },
  { name: 'error-contract', src: () => '/test/fixtures/bad-money.json' },
];

const stats = { audits: 0, axeRuns: 0, controls: 0 };

/** The focused element, through shadow roots. */
function deepActive(): Element | null {
  let active: Element | null = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/** Controls a keyboard user must reach with Tab: visible, not inert, not taken out of the order. */
function tabStops(el: Element): HTMLElement[] {
  return deepElements(el).filter((node): node is HTMLElement => {
    const focusable = node.matches(
      'button:not([disabled]), a[href], summary, input, select, textarea, [tabindex]',
    );
    if (!focusable || node.getAttribute('tabindex') === '-1') return false;
    if (node.localName === 'summary' && node.parentElement?.localName !== 'details') return false;
    return (
      (node as HTMLElement).checkVisibility({ visibilityProperty: true }) &&
      !node.closest('[inert]')
    );
  });
}

function rgb(color: string): [number, number, number, number] {
  const [r = 0, g = 0, b = 0, a = 1] = (color.match(/[\d.]+/g) ?? []).map(Number);
  return [r, g, b, a];
}
function luminance([r, g, b]: [number, number, number, number]) {
  const c = [r, g, b].map((v) => {
    const s = v / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * c[0]! + 0.7152 * c[1]! + 0.0722 * c[2]!;
}
function contrast(a: string, b: string) {
  const [la, lb] = [luminance(rgb(a)), luminance(rgb(b))].sort((x, y) => y - x);
  return (la! + 0.05) / (lb! + 0.05);
}
/** The colour behind `node`: the nearest opaque background, through shadow hosts. */
function backgroundOf(node: Element): string {
  let current: Element | null = node;
  while (current) {
    const color = getComputedStyle(current).backgroundColor;
    if (rgb(color)[3] > 0.5) return color;
    current = current.parentElement ?? ((current.getRootNode() as ShadowRoot).host || null);
  }
  return 'rgb(255, 255, 255)';
}

/** A visible focus indicator: an outline (or ring) at least 2 px, 3:1 against the background. */
function expectFocusIndicator(node: Element, where: string) {
  const style = getComputedStyle(node);
  const width = parseFloat(style.outlineWidth);
  const ring = style.outlineStyle !== 'none' && width >= 2;
  const shadow = style.boxShadow !== 'none';
  expect(
    ring || shadow,
    `${where}: focus indicator (outline ${style.outlineStyle} ${style.outlineWidth})`,
  ).to.equal(true);
  if (ring) {
    const ratio = contrast(style.outlineColor, backgroundOf(node));
    expect(ratio, `${where}: focus outline contrast`).to.be.at.least(3);
  }
}

const describeControl = (node: Element) =>
  `<${node.localName}${node.id ? `#${node.id}` : ''}> "${(node.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 40)}"`;

/** What pressing a control changed: its ARIA state, the host's view, or an open disclosure. */
function stateOf(node: Element, host: Element): string {
  const own = ['aria-pressed', 'aria-expanded', 'aria-selected', 'aria-sort'].map((a) =>
    node.getAttribute(a),
  );
  const details =
    node.localName === 'summary' ? String((node.parentElement as HTMLDetailsElement).open) : '';
  const hosts = [host, ...nestedOcc(host)].map((h) =>
    ['view', 'sort', 'tab'].map((a) => h.getAttribute(a)).join(','),
  );
  return JSON.stringify([own, details, hosts]);
}

describe('accessibility across states', function () {
  this.timeout(60000);

  afterEach(async () => {
    fixtureCleanup();
    await emulateMedia({ colorScheme: 'light' });
  });
  after(() =>
    console.log(
      `a11y: ${stats.audits} element states audited by axe in ${stats.axeRuns} runs; ${stats.controls} controls reached and checked by keyboard`,
    ),
  );

  for (const tag of TAGS) {
    describe(`<${tag}>`, () => {
      for (const scheme of ['light', 'dark'] as const) {
        for (const width of [320, 1024]) {
          it(`passes axe in every state, ${scheme}, ${width} px`, async () => {
            await emulateMedia({ colorScheme: scheme });
            const states = STATES.filter((s) => !s.view || CHARTS.includes(tag));
            const box = await fixture<HTMLDivElement>(html`<div style="width: ${width}px"></div>`);
            const waits: Promise<unknown>[] = [];
            for (const state of states) {
              const el = document.createElement(tag) as OccElement;
              el.id = `${tag}--${state.name}`;
              if (state.view) el.setAttribute('view', state.view);
              if (state.timeout) el.timeout = state.timeout;
              if (state.src) {
                if (state.settles !== false) waits.push(nextOutcome(el));
                el.src = state.src();
              }
              box.append(el);
            }
            await within(Promise.all(waits), 8000, 'every state settles');
            const elements = [...box.children] as OccElement[];
            await Promise.all(elements.map((el) => el.updateComplete));
            await Promise.all(elements.flatMap((el) => nestedOcc(el).map((n) => n.updateComplete)));
            // Sanity: each element is in the state it stands for.
            for (const el of elements) {
              const name = el.id.slice(tag.length + 2);
              const root = el.shadowRoot!;
              if (name === 'loading') expect(el.getAttribute('aria-busy'), el.id).to.equal('true');
              if (name.startsWith('error'))
                expect(root.querySelector('[role="alert"]'), el.id).to.exist;
              if (name === 'loaded' || name === 'table-view') expect(el.profile, el.id).to.exist;
              if (name === 'no-source')
                expect(root.querySelector('[part="notice"]'), el.id).to.exist;
            }
            stats.audits += elements.length;
            stats.axeRuns += 1;
            await expect(box).to.be.accessible();
          });
        }
      }

      for (const where of ['inside', 'beside'] as const) {
        it(`adds no second banner or contentinfo landmark to a page that has its own (${where} <main>)`, async () => {
          const page = await fixture<HTMLDivElement>(
            html`<div>
              <header><p>Site header</p></header>
              <main><h1>Careers</h1></main>
              <footer><p>Site footer</p></footer>
            </div>`,
          );
          const el = document.createElement(tag) as OccElement;
          const loaded = nextOutcome(el);
          el.src = REFERENCE_URL;
          if (where === 'inside') page.querySelector('main')!.append(el);
          else page.querySelector('main')!.after(el);
          await within(loaded, 8000, 'load');
          await Promise.all(nestedOcc(el).map((n) => n.updateComplete));
          stats.audits += 1;
          stats.axeRuns += 1;
          await expect(page).to.be.accessible();
        });
      }

      for (const scheme of ['light', 'dark'] as const) {
        for (const width of [320, 1024]) {
          it(`reaches and operates every control by keyboard, with a visible focus indicator, ${scheme}, ${width} px`, async () => {
            await emulateMedia({ colorScheme: scheme });
            const box = await fixture<HTMLDivElement>(
              html`<div style="width: ${width}px"><button id="before">before</button></div>`,
            );
            const el = document.createElement(tag) as OccElement;
            const loaded = nextOutcome(el);
            el.src = REFERENCE_URL;
            const after = document.createElement('button');
            after.textContent = 'after';
            box.append(el, after);
            await within(loaded, 8000, 'load');
            await Promise.all(nestedOcc(el).map((n) => n.updateComplete));
            await sleep(50);

            // Reachable: Tab from the button before to the button after visits every control.
            const expected = tabStops(el);
            expect(expected.length, 'controls').to.be.greaterThan(0);
            box.querySelector<HTMLButtonElement>('#before')!.focus();
            const reached: Element[] = [];
            for (let i = 0; i < 200; i += 1) {
              await sendKeys({ press: 'Tab' });
              const active = deepActive();
              if (active === after || !active) break;
              reached.push(active);
              expectFocusIndicator(active, describeControl(active));
            }
            const missed = expected.filter((node) => !reached.includes(node));
            expect(missed.map(describeControl), 'controls Tab does not reach').to.deep.equal([]);
            stats.controls += reached.length;

            // Operable: Enter or Space on each button and disclosure changes what it controls.
            const operable = reached.filter(
              (n) => n.localName === 'button' || n.localName === 'summary',
            );
            for (const node of operable) {
              if (!(node as HTMLElement).checkVisibility()) continue;
              (node as HTMLElement).focus();
              const before = stateOf(node, el);
              const key =
                node.getAttribute('role') === 'tab'
                  ? 'ArrowRight'
                  : node.localName === 'summary'
                    ? 'Enter'
                    : 'Space';
              await sendKeys({ press: key });
              await el.updateComplete;
              await Promise.all(nestedOcc(el).map((n) => n.updateComplete));
              const target = key === 'ArrowRight' ? deepActive()! : node;
              expect(stateOf(target, el), `${key} on ${describeControl(node)}`).to.not.equal(
                before,
              );
              if (key === 'ArrowRight') {
                expect(target.getAttribute('aria-selected'), 'arrow moves the selection').to.equal(
                  'true',
                );
                expectFocusIndicator(target, describeControl(target));
              }
            }
            // Tabs behind the roving tabindex: every one reachable with the arrow keys.
            const tabs = deepElements(el).filter((n) => n.getAttribute('role') === 'tab');
            if (tabs.length) {
              (tabs[0] as HTMLElement).focus();
              const visited = new Set<Element>([tabs[0]!]);
              for (let i = 1; i < tabs.length; i += 1) {
                await sendKeys({ press: 'ArrowRight' });
                visited.add(deepActive()!);
              }
              expect(visited.size, 'tabs reached with ArrowRight').to.equal(tabs.length);
            }
          });
        }
      }
    });
  }
});
