/**
 * dist/occ-elements.js, the loader, and dist/occ-elements.css, the stylesheet, as a page without a
 * bundler uses them (`npm run build`). Each case is a fresh page (an iframe): the loader imports
 * an element's module when its tag appears, so a page downloads and defines only the elements it
 * shows; the stylesheet gives each element its placeholder's height before it is defined.
 */
import { expect } from '@open-wc/testing';
import { closePages, openPage, query, requireBuilt, shownProfile, waitFor } from './frame.js';

const LOADER = '/dist/occ-elements.js';
const STYLESHEET = '/dist/occ-elements.css';
const PROFILE = '/data/29-2072.json';
const TAGS = [
  'occ-quick-facts',
  'occ-pay-chart',
  'occ-outlook',
  'occ-employers',
  'occ-similar',
  'occ-profile',
];

/**
 * A page that records every script it loads with a PerformanceObserver (resource timing), started
 * before any module runs.
 */
const page = (head: string, body = '') =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8">
  <script>
    window.scripts = [];
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) window.scripts.push(new URL(entry.name).pathname);
    }).observe({ type: 'resource', buffered: true });
  </script>${head}</head><body>${body}</body></html>`;

type Recording = Window & { scripts: string[] };
const scriptsLoaded = (frame: HTMLIFrameElement) =>
  (frame.contentWindow as Recording).scripts.filter((path) => path.endsWith('.js'));
const defined = (frame: HTMLIFrameElement) =>
  TAGS.filter((tag) => frame.contentWindow!.customElements.get(tag));

describe('dist/occ-elements.js, the loader', () => {
  before(() => requireBuilt(LOADER, 'npm run build'));
  afterEach(closePages);

  it('defines only the tags in the page, and a page with <occ-quick-facts> requests no chart code', async () => {
    const frame = await openPage({
      srcdoc: page(
        `<script type="module" src="${LOADER}"></script>`,
        `<occ-quick-facts src="${PROFILE}"></occ-quick-facts>`,
      ),
    });
    const doc = frame.contentDocument!;
    expect(await shownProfile(query(doc, 'occ-quick-facts'))).to.contain('$50,250 per year');
    expect(defined(frame)).to.deep.equal(['occ-quick-facts']);
    const scripts = scriptsLoaded(frame);
    expect(scripts, 'the loader and the element').to.include.members([
      LOADER,
      '/dist/browser/occ-quick-facts.js',
    ]);
    const charts = scripts.filter((path) =>
      /\/(charts|d3|occ-(pay-chart|outlook|employers|similar|profile))\.js$/.test(path),
    );
    expect(charts, 'chart, d3 and other elements’ chunks requested').to.deep.equal([]);
  });

  it('a page with <occ-pay-chart> requests the chart chunks', async () => {
    const frame = await openPage({
      srcdoc: page(
        `<script type="module" src="${LOADER}"></script>`,
        `<occ-pay-chart src="${PROFILE}"></occ-pay-chart>`,
      ),
    });
    expect(await shownProfile(query(frame.contentDocument!, 'occ-pay-chart'))).to.contain(
      '$50,250',
    );
    expect(defined(frame)).to.deep.equal(['occ-pay-chart']);
    expect(scriptsLoaded(frame)).to.include.members([
      '/dist/browser/occ-pay-chart.js',
      '/dist/browser/charts.js',
    ]);
  });

  it('defines a tag added to the document later, and only that one', async () => {
    const frame = await openPage({
      srcdoc: page(`<script type="module" src="${LOADER}"></script>`, '<main></main>'),
    });
    const doc = frame.contentDocument!;
    await waitFor('the loader to run', () =>
      scriptsLoaded(frame).includes(LOADER) ? true : undefined,
    );
    expect(defined(frame), 'nothing in the page yet').to.deep.equal([]);
    // As a lazy CMS block or an app would: markup inserted after the page loaded.
    const section = doc.createElement('section');
    const outlook = doc.createElement('occ-outlook');
    outlook.setAttribute('src', PROFILE);
    section.append(outlook);
    doc.querySelector('main')!.append(section);
    expect(await shownProfile(query(doc, 'occ-outlook'))).to.contain('7%');
    expect(defined(frame)).to.deep.equal(['occ-outlook']);
  });

  it('defines a tag added later inside a shadow root it is told about (observe)', async () => {
    const frame = await openPage({
      srcdoc: page(
        '',
        `<career-card></career-card>
        <script type="module">
          const { observe } = await import('${LOADER}');
          // A component that attaches its shadow root after the page loaded, and tells the loader.
          await new Promise((resolve) => setTimeout(resolve, 50));
          const root = document.querySelector('career-card').attachShadow({ mode: 'open' });
          observe(root);
          window.root = root;
        </script>`,
      ),
    });
    const win = frame.contentWindow as Window & { root?: ShadowRoot };
    const root = await waitFor('the shadow root', () => win.root);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(defined(frame), 'nothing in the shadow root yet').to.deep.equal([]);
    const chart = frame.contentDocument!.createElement('occ-employers');
    chart.setAttribute('src', PROFILE);
    root.append(chart);
    expect(await shownProfile(chart)).to.contain('Hospitals; state, local, and private');
    expect(defined(frame)).to.deep.equal(['occ-employers']);
  });

  it('loads an element with loading="lazy" only when the reader scrolls to it', async () => {
    const frame = await openPage({
      srcdoc: page(
        `<link rel="stylesheet" href="${STYLESHEET}">
        <script type="module" src="${LOADER}"></script>`,
        `<occ-quick-facts src="${PROFILE}"></occ-quick-facts>
        <div style="height: 4000px"></div>
        <occ-outlook loading="lazy" src="${PROFILE}"></occ-outlook>`,
      ),
    });
    const doc = frame.contentDocument!;
    await shownProfile(query(doc, 'occ-quick-facts'));
    // Longer than a load takes: had it been eager, it would be defined by now.
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(defined(frame), 'the lazy one, 4000 px down, not yet').to.deep.equal([
      'occ-quick-facts',
    ]);
    expect(scriptsLoaded(frame)).not.to.include('/dist/browser/occ-outlook.js');
    const outlook = query<HTMLElement>(doc, 'occ-outlook');
    expect(outlook.getBoundingClientRect().height, 'its place kept').to.be.greaterThan(100);

    // (In a frame, as here, "near" is "in the frame's view": the frame clips the margin.)
    outlook.scrollIntoView();
    expect(await shownProfile(outlook)).to.contain('7%');
    expect(defined(frame)).to.deep.equal(['occ-quick-facts', 'occ-outlook']);
  });

  it('loads a lazy element at once when it is already in view', async () => {
    const frame = await openPage({
      srcdoc: page(
        `<script type="module" src="${LOADER}"></script>`,
        `<occ-employers loading="lazy" src="${PROFILE}"></occ-employers>`,
      ),
    });
    expect(await shownProfile(query(frame.contentDocument!, 'occ-employers'))).to.contain(
      'Hospitals; state, local, and private',
    );
  });

  it('load() defines the tags it is given, for a page that creates elements from script', async () => {
    const frame = await openPage({ srcdoc: page('') });
    const win = frame.contentWindow as Window & typeof globalThis;
    const loader = (await win.eval(`import('${LOADER}')`)) as {
      load: (...tags: string[]) => Promise<void>;
    };
    await loader.load('occ-similar');
    expect(defined(frame)).to.deep.equal(['occ-similar']);
  });
});

describe('dist/occ-elements.css, the stylesheet', () => {
  before(() => requireBuilt(STYLESHEET, 'npm run build'));
  afterEach(closePages);

  /** Heights of every element at `width`: before it is defined (the stylesheet's) and loading. */
  async function heights(width: number, script: boolean) {
    // A response that does not come while the test runs: the elements stay loading.
    const slow = `/__fixtures/profile?key=${width}-reserved&delay=60000`;
    const variants = [
      ...TAGS.map((tag) => `<${tag} src="${slow}"></${tag}>`),
      `<occ-pay-chart hide-industries src="${slow}"></occ-pay-chart>`,
    ];
    const frame = await openPage({
      srcdoc: `<!doctype html><html lang="en"><head><meta charset="utf-8">
        <link rel="stylesheet" href="${STYLESHEET}">
        <style>body { margin: 0; font-family: system-ui, sans-serif }</style>
        ${script ? `<script type="module" src="${LOADER}"></script>` : ''}
        </head><body>${variants.map((v) => `<div>${v}</div>`).join('')}</body></html>`,
    });
    frame.width = String(width);
    const doc = frame.contentDocument!;
    const elements = [...doc.querySelectorAll('body > div > *')] as HTMLElement[];
    if (script) {
      await waitFor('every element to show its placeholder', () =>
        elements.every((e) => e.getAttribute('aria-busy') === 'true'),
      );
      await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    } else {
      await new Promise((resolve) => requestAnimationFrame(resolve));
      expect(doc.querySelectorAll(':not(:defined)').length).to.equal(elements.length);
    }
    return elements.map((e) => ({
      what: `<${e.localName}${e.hasAttribute('hide-industries') ? ' hide-industries' : ''}>`,
      height: e.getBoundingClientRect().height,
    }));
  }

  for (const width of [360, 1000]) {
    it(`reserves each element's placeholder height before it is defined, at ${width} px`, async () => {
      const reserved = await heights(width, false);
      const placeholder = await heights(width, true);
      reserved.forEach(({ what, height }, i) => {
        expect(height, `${what} before it is defined`).to.be.greaterThan(100);
        expect(
          Math.abs(height - placeholder[i]!.height),
          `${what}: ${height} px reserved, ${placeholder[i]!.height} px placeholder (run \`npm run css\` after changing a placeholder)`,
        ).to.be.at.most(4);
      });
    });
  }
});
