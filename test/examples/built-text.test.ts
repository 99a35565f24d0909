/**
 * The built bundle shows the text the source shows. The build minifies the HTML inside Lit's
 * templates, which trims whitespace at a template's edges: a space written there in the source
 * (between a row's header and "(this occupation)", say) would be in every test of the source and
 * missing on every page that uses the package. Each case is rendered twice, in two pages alike but
 * for the script, the source (`src/index.ts`) or the built loader (`dist/occ-elements.js`), and
 * the text a reader sees is compared: `innerText`, laid out by the browser, through every shadow
 * root.
 */
import { expect } from '@open-wc/testing';
import { closePages, openPage, query, requireBuilt, waitFor } from './frame.js';

const PROFILE = '/data/29-2072.json';
// A numbers-only occupation that the Handbook covers in a broader profile.
const NUMBERS_ONLY = '/data/15-1252.json';

const CASES: Record<string, string> = {
  'quick facts': `<occ-quick-facts src="${PROFILE}"></occ-quick-facts>`,
  'quick facts in Spanish': `<occ-quick-facts lang="es" src="${PROFILE}"></occ-quick-facts>`,
  'pay chart': `<occ-pay-chart src="${PROFILE}"></occ-pay-chart>`,
  'pay table, hourly': `<occ-pay-chart view="table" basis="hourly" src="${PROFILE}"></occ-pay-chart>`,
  'outlook chart': `<occ-outlook src="${PROFILE}"></occ-outlook>`,
  'outlook table': `<occ-outlook view="table" src="${PROFILE}"></occ-outlook>`,
  'employers chart': `<occ-employers src="${PROFILE}"></occ-employers>`,
  'employers table': `<occ-employers view="table" src="${PROFILE}"></occ-employers>`,
  'employers of a numbers-only occupation': `<occ-employers src="${NUMBERS_ONLY}"></occ-employers>`,
  'similar occupations': `<occ-similar src="${PROFILE}"></occ-similar>`,
  'similar occupations of a numbers-only occupation': `<occ-similar src="${NUMBERS_ONLY}"></occ-similar>`,
  'profile, Summary': `<occ-profile src="${PROFILE}"></occ-profile>`,
  'profile, Pay tab': `<occ-profile tab="pay" src="${PROFILE}"></occ-profile>`,
  'profile, Job Outlook tab': `<occ-profile tab="job-outlook" src="${PROFILE}"></occ-profile>`,
  'profile of a numbers-only occupation': `<occ-profile src="${NUMBERS_ONLY}"></occ-profile>`,
  finder: `<occ-finder limit="5" sort="pay" src="/data/index.json"></occ-finder>`,
  comparison: `<occ-compare src="${PROFILE} /data/29-1141.json"></occ-compare>`,
  // What a reader meets when the data is not there: the notice and an error.
  'notice: no src': `<occ-pay-chart></occ-pay-chart>`,
  'error: a profile that is not there': `<occ-outlook src="/data/no-such-profile.json"></occ-outlook>`,
  'error: a page, not JSON': `<occ-quick-facts src="/examples/plain-html/index.html"></occ-quick-facts>`,
};

const page = (script: string) => ({
  srcdoc: `<!doctype html><html lang="en"><head><meta charset="utf-8">
    <script type="module" src="${script}"></script></head>
    <body>${Object.entries(CASES)
      .map(([name, markup]) => `<section data-case="${name}">${markup}</section>`)
      .join('')}</body></html>`,
});

interface Shown extends HTMLElement {
  updateComplete?: Promise<boolean>;
  profile?: object;
  index?: object;
  profiles?: readonly object[];
  error?: Error;
}

/** Every occ-* host in `root`, nested ones included (the profile's tabs). */
function hosts(root: Document | ShadowRoot): Shown[] {
  return [...root.querySelectorAll<Shown>('*')]
    .filter((element) => element.localName.startsWith('occ-'))
    .flatMap((host) => [host, ...(host.shadowRoot ? hosts(host.shadowRoot) : [])]);
}

/**
 * Waits until every element in the page, and every element inside them, shows its data: again
 * while rendering brings new elements (the profile's tabs), until none appear.
 */
async function settle(doc: Document) {
  const view = doc.defaultView!;
  let settled = -1;
  for (let all = hosts(doc); all.length !== settled; all = hosts(doc)) {
    settled = all.length;
    await waitFor(
      'every element to show its data',
      () =>
        all.every(
          (el) =>
            view.customElements.get(el.localName) &&
            (!el.hasAttribute('src') ||
              el.error ||
              el.profile ||
              el.index ||
              (el.profiles?.length && !el.hasAttribute('aria-busy'))),
        ),
      { timeout: 9000, detail: () => all.map((el) => el.localName).join(', ') },
    );
    await Promise.all(all.map((el) => el.updateComplete));
    await new Promise((resolve) => view.requestAnimationFrame(resolve));
  }
}

/**
 * The text a reader sees in a host: the innerText of its shadow tree's rendered elements, and of
 * the rendered hosts inside it (the profile's tabs). innerText of an element that is not rendered
 * is its raw text content, which is not what anyone sees: those are left out.
 */
function seen(host: Element): string {
  const root = host.shadowRoot!;
  const own = [...root.children]
    .filter((child) => child.localName !== 'style' && child.checkVisibility())
    .map((child) => (child as HTMLElement).innerText);
  const inner = [...root.querySelectorAll('*')]
    .filter((element) => element.shadowRoot && element.checkVisibility())
    .map((element) => seen(element));
  // Line breaks and tabs between blocks and cells are layout; a space inside a line is text.
  return [...own, ...inner].join('\n').replace(/\s+/g, ' ').trim();
}

describe('the built bundle (dist/occ-elements.js)', function () {
  this.timeout(40000);
  let source: Document;
  let built: Document;

  before(async () => {
    await requireBuilt('/dist/occ-elements.js', 'npm run build');
    [source, built] = await Promise.all([
      openPage(page('/src/index.ts')).then((frame) => frame.contentDocument!),
      openPage(page('/dist/occ-elements.js')).then((frame) => frame.contentDocument!),
    ]);
    await Promise.all([settle(source), settle(built)]);
  });
  after(closePages);

  for (const name of Object.keys(CASES)) {
    it(`shows the text the source shows: ${name}`, () => {
      const from = (doc: Document) =>
        seen(query<Element>(doc, `[data-case="${name}"]`).firstElementChild!);
      const host = query<Shown>(source, `[data-case="${name}"]`).firstElementChild as Shown;
      if (!name.startsWith('error')) expect(host.error?.message).to.equal(undefined);
      const expected = from(source);
      expect(expected.length, 'the source shows some text').to.be.greaterThan(20);
      expect(from(built)).to.equal(expected);
    });
  }
});
