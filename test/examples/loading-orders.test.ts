/**
 * The elements in every order a page can meet them: the bundle before the tags, the tags before
 * the bundle, properties set on a tag before its element is defined (the upgrade), and tags inside
 * another element's shadow root. Each case is a fresh page (an iframe), because a window defines
 * each tag name once.
 */
import { expect } from '@open-wc/testing';
import type { OccPayChart } from '../../src/elements/pay-chart/pay-chart.js';
import type { OccupationProfile } from '../../src/data/types.js';
import {
  PROFILE_TITLE,
  closePages,
  openPage,
  query,
  requireBuilt,
  shownProfile,
  waitFor,
} from './frame.js';

const BUNDLE = '/dist/occ-elements.js';
const PROFILE = '/data/29-2072.json';

/** A page: `head` and `body` markup. */
const page = (head: string, body = '') =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8">${head}</head><body>${body}</body></html>`;

/** Loads the bundle into a page that is already open, the way a late `<script>` would. */
function addBundle(doc: Document) {
  const script = doc.createElement('script');
  script.type = 'module';
  script.src = BUNDLE;
  doc.head.append(script);
}

describe('loading orders', () => {
  before(() => requireBuilt(BUNDLE, 'npm run build'));
  afterEach(closePages);

  describe('the bundle before the tags', () => {
    it('<script type="module"> in <head>, tags in <body>', async () => {
      const frame = await openPage({
        srcdoc: page(
          `<script type="module" src="${BUNDLE}"></script>`,
          `<occ-quick-facts src="${PROFILE}"></occ-quick-facts><occ-outlook src="${PROFILE}"></occ-outlook>`,
        ),
      });
      const doc = frame.contentDocument!;
      expect(await shownProfile(query(doc, 'occ-quick-facts'))).to.contain('$50,250 per year');
      expect(await shownProfile(query(doc, 'occ-outlook'))).to.contain('7%');
    });

    it('tags added after the elements are defined (created at once, markup inserted later)', async () => {
      // The page defines the elements first (the loader's load(), as the page has no tags yet),
      // then adds tags as an app or a lazy CMS block would.
      const frame = await openPage({
        srcdoc: page(
          '',
          `<div id="later"></div>
          <script type="module">
            const { load } = await import('${BUNDLE}');
            await load('occ-pay-chart', 'occ-quick-facts');
            const chart = document.createElement('occ-pay-chart');
            window.constructedAtOnce = chart instanceof customElements.get('occ-pay-chart');
            chart.setAttribute('src', '${PROFILE}');
            document.body.append(chart);
            document.querySelector('#later').insertAdjacentHTML(
              'beforeend',
              '<occ-quick-facts src="${PROFILE}"></occ-quick-facts>',
            );
            window.ready = true;
          </script>`,
        ),
      });
      const win = frame.contentWindow as Window & { ready?: boolean; constructedAtOnce?: boolean };
      await waitFor('the page to add its tags', () => win.ready);
      expect(win.constructedAtOnce, 'createElement ran the constructor').to.equal(true);
      const doc = frame.contentDocument!;
      expect(await shownProfile(query(doc, 'occ-pay-chart'))).to.contain('$50,250');
      expect(await shownProfile(query(doc, '#later occ-quick-facts'))).to.contain(
        '$50,250 per year',
      );
    });
  });

  it('the tags before the bundle: tags in the page, the module imported later', async () => {
    const frame = await openPage({
      srcdoc: page(
        '',
        `<occ-quick-facts src="${PROFILE}"></occ-quick-facts>
        <occ-pay-chart src="${PROFILE}" basis="hourly"></occ-pay-chart>`,
      ),
    });
    const doc = frame.contentDocument!;
    const win = frame.contentWindow!;
    // Loaded and shown as plain unknown tags for now.
    expect(win.customElements.get('occ-quick-facts')).to.equal(undefined);
    expect(doc.querySelectorAll(':not(:defined)').length).to.equal(2);

    addBundle(doc);
    expect(await shownProfile(query(doc, 'occ-quick-facts'))).to.contain('$50,250 per year');
    const pay = await shownProfile(query(doc, 'occ-pay-chart'));
    expect(pay, 'the basis attribute').to.contain('Median hourly wages');
    expect(pay).to.contain('$24.16');
    expect(doc.querySelectorAll(':not(:defined)').length).to.equal(0);
  });

  it('properties set before the element is defined survive its upgrade', async () => {
    // Inline order: create <occ-pay-chart>, set .data (and .basis) on it, append it, and only
    // then load the bundle. Also <occ-quick-facts> with .src set as a property.
    const frame = await openPage({
      srcdoc: page(
        '',
        `<script type="module">
          const profile = await (await fetch('${PROFILE}')).json();
          const chart = document.createElement('occ-pay-chart');
          chart.data = profile;
          chart.basis = 'hourly';
          document.body.append(chart);
          const facts = document.createElement('occ-quick-facts');
          facts.src = '${PROFILE}';
          document.body.append(facts);
          window.beforeUpgrade = {
            defined: customElements.get('occ-pay-chart') !== undefined,
            ownData: Object.hasOwn(chart, 'data'),
          };
          window.profile = profile;
          await import('${BUNDLE}');
          window.ready = true;
        </script>`,
      ),
    });
    const win = frame.contentWindow as Window & {
      beforeUpgrade?: { defined: boolean; ownData: boolean };
      profile?: OccupationProfile;
      ready?: boolean;
    };
    await waitFor('the page to load the bundle', () => win.ready);
    // The case is real: the properties were set on a plain element, as its own properties.
    expect(win.beforeUpgrade).to.deep.equal({ defined: false, ownData: true });

    const doc = frame.contentDocument!;
    const chart = query<OccPayChart>(doc, 'occ-pay-chart');
    const text = await shownProfile(chart);
    expect(text, '.data').to.contain('Median hourly wages, May 2024');
    expect(text, '.basis').to.contain('$24.16');
    expect(chart.data).to.equal(win.profile);
    expect(chart.basis).to.equal('hourly');
    // The upgrade moved them onto the element's reactive properties.
    expect(Object.hasOwn(chart, 'data'), 'own data property left over').to.equal(false);
    expect(Object.hasOwn(chart, 'basis'), 'own basis property left over').to.equal(false);

    expect(await shownProfile(query(doc, 'occ-quick-facts')), '.src').to.contain(
      '$50,250 per year',
    );
  });

  describe('inside another shadow root', () => {
    /** Records each occ-load that reaches the document: whom it names there, and its origin. */
    const recordLoads = `<script type="module">
      window.loads = [];
      document.addEventListener('occ-load', (event) =>
        window.loads.push({
          target: event.target.localName,
          origin: event.composedPath()[0].localName,
          title: event.detail.profile.occupation.title,
        }),
      );
    </script>`;
    type Loads = Window & { loads?: { target: string; origin: string; title: string }[] };

    it('a declarative shadow root, upgraded when the bundle arrives', async () => {
      const frame = await openPage({
        srcdoc: page(
          `${recordLoads}<script type="module" src="${BUNDLE}"></script>`,
          `<career-card>
            <template shadowrootmode="open">
              <h2>Careers</h2>
              <occ-quick-facts src="${PROFILE}"></occ-quick-facts>
            </template>
          </career-card>`,
        ),
      });
      const doc = frame.contentDocument!;
      const host = query<HTMLElement>(doc, 'career-card');
      expect(host.shadowRoot, 'the browser parsed the declarative shadow root').not.to.equal(null);
      expect(doc.querySelector('occ-quick-facts'), 'not in the light DOM').to.equal(null);
      const el = query(host.shadowRoot!, 'occ-quick-facts');
      expect(await shownProfile(el)).to.contain('$50,250 per year');
      // occ-load is composed: it leaves the shadow root, retargeted to the host.
      const win = frame.contentWindow as Loads;
      await waitFor('occ-load at the document', () => win.loads!.length);
      expect(win.loads).to.deep.equal([
        { target: 'career-card', origin: 'occ-quick-facts', title: PROFILE_TITLE },
      ]);
    });

    it('a shadow root made by another custom element, after the bundle', async () => {
      const frame = await openPage({
        srcdoc: page(
          `${recordLoads}<script type="module" src="${BUNDLE}"></script>
          <script type="module">
            customElements.define('career-card', class extends HTMLElement {
              constructor() {
                super();
                const root = this.attachShadow({ mode: 'open' });
                const heading = document.createElement('h2');
                heading.textContent = 'Careers';
                const outlook = document.createElement('occ-outlook');
                outlook.setAttribute('src', '${PROFILE}');
                root.append(heading, outlook);
              }
            });
          </script>`,
          '<career-card></career-card>',
        ),
      });
      const doc = frame.contentDocument!;
      const el = query(query<HTMLElement>(doc, 'career-card').shadowRoot!, 'occ-outlook');
      const text = await shownProfile(el);
      expect(text).to.contain('Percent change in employment, projected 2024–\u206034');
      expect(text).to.contain('7%');
      const win = frame.contentWindow as Loads;
      await waitFor('occ-load at the document', () => win.loads!.length);
      expect(win.loads).to.deep.equal([
        { target: 'career-card', origin: 'occ-outlook', title: PROFILE_TITLE },
      ]);
    });
  });
});
