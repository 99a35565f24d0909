import { expect } from '@open-wc/testing';
import {
  PROFILE_TITLE,
  closePages,
  eventLines,
  expectAccessible,
  indexSize,
  openPage,
  query,
  requireBuilt,
  shownComparison,
  shownFinder,
  shownProfile,
  waitFor,
} from './frame.js';

const PAGE = '/examples/plain-html/index.html';

describe('examples/plain-html', () => {
  before(() => requireBuilt('/dist/occ-elements.js', 'npm run build'));
  afterEach(closePages);

  it('shows the reference profile in each element', async () => {
    const doc = (await openPage(PAGE)).contentDocument!;
    expect(await shownProfile(query(doc, 'occ-quick-facts'))).to.contain(
      '2024 Median Pay $50,250 per year $24.16 per hour',
    );
    const pay = await shownProfile(query(doc, 'occ-pay-chart'));
    expect(pay).to.contain('Median annual wages, May 2024');
    expect(pay).to.contain('$50,250');
    const outlook = await shownProfile(query(doc, 'occ-outlook'));
    expect(outlook).to.contain('Percent change in employment, projected 2024–\u206034');
    expect(outlook).to.contain('Much faster than average');
    expect(outlook).to.contain('Medical records specialists 7%');
  });

  it('finds the fastest growing health occupations and compares two of the 2024-34 edition', async () => {
    const doc = (await openPage(PAGE)).contentDocument!;
    const finder = query(doc, 'occ-finder');
    const found = await shownFinder(finder);
    expect(found).to.contain('Health Information Technologists and Medical Registrars');
    const rows = finder.shadowRoot!.querySelectorAll('tbody tr');
    expect(rows.length, 'limit="8"').to.equal(8);
    const link = finder.shadowRoot!.querySelector('tbody a')!;
    expect(link.getAttribute('href')).to.match(/^https:\/\/www\.bls\.gov\/ooh\//);
    await expectAccessible(finder);

    const compare = query(doc, 'occ-compare');
    const compared = await shownComparison(compare);
    expect(compared).to.contain('Medical Records Specialists');
    expect(compared).to.contain('Health Information Technologists and Medical Registrars');
    expect(compared).to.contain('$50,250');
    expect(compared).to.contain('$67,310');
    await expectAccessible(compare);
  });

  it('runs axe inside the page: a control with a violation fails the check', async () => {
    const doc = (await openPage(PAGE)).contentDocument!;
    const unlabelled = doc.createElement('button');
    doc.querySelector('main')!.append(unlabelled);
    let failure: Error | undefined;
    await expectAccessible(unlabelled).catch((error: Error) => (failure = error));
    expect(failure?.message).to.contain('button-name');
  });

  it('hears every occ-load on the document and writes it into the page', async () => {
    const doc = (await openPage(PAGE)).contentDocument!;
    await shownFinder(query(doc, 'occ-finder'));
    await shownComparison(query(doc, 'occ-compare'));
    const lines = await waitFor('five "Loaded:" lines', () => {
      const shown = eventLines(doc);
      return shown.length >= 5 && shown;
    });
    expect(lines.sort()).to.deep.equal([
      'Loaded: <occ-compare> Medical Records Specialists, Health Information Technologists and Medical Registrars',
      `Loaded: <occ-finder> ${await indexSize()} occupations`,
      `Loaded: <occ-outlook> ${PROFILE_TITLE}`,
      `Loaded: <occ-pay-chart> ${PROFILE_TITLE}`,
      `Loaded: <occ-quick-facts> ${PROFILE_TITLE}`,
    ]);
  });

  it('differs from the copy-paste snippet only in where the files come from', async () => {
    const source = await (await fetch(PAGE)).text();
    for (const base of ['/occ-elements/dist', '/dist']) {
      expect(source).to.contain(`<link rel="stylesheet" href="${base}/occ-elements.css"`);
      expect(source).to.contain(`<script type="module" src="${base}/occ-elements.js"></script>`);
    }
    // The page's content is its main landmark.
    expect(new DOMParser().parseFromString(source, 'text/html').querySelector('main h1')).to.exist;
  });
});
