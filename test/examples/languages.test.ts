/**
 * dist/occ-elements.js has English built in and loads the Spanish texts (dist/occ-elements-es.js)
 * only when a page or an element is in Spanish. Each case is a fresh page (an iframe).
 */
import { expect } from '@open-wc/testing';
import { closePages, openPage, query, requireBuilt, shownProfile } from './frame.js';

const BUNDLE = '/dist/occ-elements.js';
const PROFILE = '/data/29-2072.json';

const page = (lang: string, bundle = BUNDLE, body = '') =>
  `<!doctype html><html lang="${lang}"><head><meta charset="utf-8">
  <script type="module" src="${bundle}"></script></head>
  <body><occ-quick-facts src="${PROFILE}"></occ-quick-facts>${body}</body></html>`;

/** The language chunks the page requested. */
const chunksLoaded = (doc: Document) =>
  doc
    .defaultView!.performance.getEntriesByType('resource')
    .map((entry) => new URL(entry.name).pathname)
    .filter((path) => /occ-elements-[a-z]+\.js$/.test(path));

describe('dist/occ-elements.js and its language chunks', () => {
  before(() => requireBuilt(BUNDLE, 'npm run build'));
  afterEach(closePages);

  it('an English page does not download the Spanish texts', async () => {
    const frame = await openPage({ srcdoc: page('en') });
    const doc = frame.contentDocument!;
    expect(await shownProfile(query(doc, 'occ-quick-facts'))).to.contain('$50,250 per year');
    expect(chunksLoaded(doc)).to.deep.equal([]);
  });

  it('a Spanish page loads them once and shows Spanish from the first render', async () => {
    const frame = await openPage({
      srcdoc: page('es', BUNDLE, `<occ-pay-chart src="${PROFILE}"></occ-pay-chart>`),
    });
    const doc = frame.contentDocument!;
    const facts = query(doc, 'occ-quick-facts');
    const seen: string[] = [];
    facts.addEventListener('occ-load', () => seen.push(facts.shadowRoot!.textContent ?? ''));
    expect(await shownProfile(facts)).to.contain('al año');
    expect(await shownProfile(query(doc, 'occ-pay-chart'))).to.contain('Ver tabla');
    expect(chunksLoaded(doc)).to.deep.equal(['/dist/occ-elements-es.js']);
    expect(seen.join(' ')).not.to.contain('per year');
  });

  it('one Spanish element on an English page loads them for that element only', async () => {
    const frame = await openPage({
      srcdoc: page(
        'en',
        BUNDLE,
        `<div lang="es-MX"><occ-quick-facts src="${PROFILE}"></occ-quick-facts></div>`,
      ),
    });
    const doc = frame.contentDocument!;
    const [english, spanish] = [...doc.querySelectorAll('occ-quick-facts')];
    expect(await shownProfile(english!)).to.contain('$50,250 per year');
    expect(await shownProfile(spanish!)).to.contain('al año');
    expect(chunksLoaded(doc)).to.deep.equal(['/dist/occ-elements-es.js']);
  });

  it('without the chunk beside it (only the bundle was copied), a Spanish page shows English', async () => {
    const frame = await openPage({ srcdoc: page('es', '/__fixtures/alone/occ-elements.js') });
    const doc = frame.contentDocument!;
    const text = await shownProfile(query(doc, 'occ-quick-facts'));
    // The texts fall back to English; numbers still follow the page's language.
    expect(text).to.contain('per year');
    expect(text).to.contain('50.250');
    expect(text).not.to.contain('al año');
  });
});
