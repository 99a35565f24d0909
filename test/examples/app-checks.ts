/**
 * What the React and Vue examples both show, checked the same way: the `data` property, `src`
 * and another prop from state, `occ-load` and `occ-error` handled by the framework's own event
 * binding (the app writes "Loaded: …" / "Error: …" lines into its page).
 */
import { expect } from '@open-wc/testing';
import type { OccupationProfile } from '../../src/data/types.js';
import {
  PROFILE_TITLE,
  eventLines,
  expectAccessible,
  indexSize,
  openPage,
  query,
  shownComparison,
  shownError,
  shownFinder,
  shownProfile,
  waitFor,
} from './frame.js';

const COMPARED =
  'Medical Records Specialists, Health Information Technologists and Medical Registrars';

/** Opens the app and waits until the framework has rendered it. */
async function openApp(page: string): Promise<Document> {
  const doc = (await openPage(page)).contentDocument!;
  await waitFor(`the app at ${page} to render`, () => doc.querySelector('occ-quick-facts'));
  return doc;
}

/** Clicks the button or label whose text contains `text`. */
function click(doc: Document, text: string): void {
  const control = [...doc.querySelectorAll<HTMLElement>('button, label')].find((node) =>
    node.textContent!.includes(text),
  );
  if (!control) throw new Error(`No control "${text}"`);
  control.click();
}

export function appChecks(
  page: string,
  names: { data: string; events: string; select: string },
): void {
  it(`sets data as a property (${names.data}): the element shows the profile the app fetched`, async () => {
    const doc = await openApp(page);
    const el = query(doc, 'occ-quick-facts');
    expect(await shownProfile(el)).to.contain('$50,250 per year');
    expect(el.hasAttribute('data'), 'no data="[object Object]" attribute').to.equal(false);
    expect((el.data as OccupationProfile).occupation.title).to.equal(PROFILE_TITLE);
    expect(el.src).to.equal(undefined);
  });

  it('sets src and another prop from state, and updates the element when they change', async () => {
    const doc = await openApp(page);
    const el = query(doc, 'occ-pay-chart');
    const text = await shownProfile(el);
    expect(el.src).to.equal('/data/29-2072.json');
    expect(text).to.contain('Median annual wages, May 2024');
    expect(text).to.contain('$50,250');
    expect(text, 'hide-industries').not.to.contain('in the top industries');
    expect(await shownProfile(query(doc, 'occ-outlook'))).to.contain('7%');

    click(doc, 'Hourly wages');
    await waitFor('the chart in hourly wages', () =>
      el.shadowRoot!.textContent!.includes('Median hourly wages'),
    );
    expect(await shownProfile(el)).to.contain('$24.16');
  });

  it(`handles occ-load (${names.events}): the app logs each element`, async () => {
    const doc = await openApp(page);
    await shownFinder(query(doc, 'occ-finder'));
    await shownComparison(query(doc, 'occ-compare'));
    const lines = await waitFor('five "Loaded:" lines in the log', () => {
      const shown = eventLines(doc);
      return shown.length >= 5 && shown;
    });
    expect(lines.sort()).to.deep.equal([
      `Loaded: <occ-compare> ${COMPARED}`,
      `Loaded: <occ-finder> ${await indexSize()} occupations`,
      `Loaded: <occ-outlook> ${PROFILE_TITLE}`,
      `Loaded: <occ-pay-chart> ${PROFILE_TITLE}`,
      `Loaded: <occ-quick-facts> ${PROFILE_TITLE}`,
    ]);
  });

  it('shows the finder and the comparison, both accessible', async () => {
    const doc = await openApp(page);
    const finder = query(doc, 'occ-finder');
    expect(await shownFinder(finder)).to.contain(
      'Health Information Technologists and Medical Registrars',
    );
    expect(finder.shadowRoot!.querySelectorAll('tbody tr').length, 'limit 8').to.equal(8);
    await expectAccessible(finder);
    const compare = query(doc, 'occ-compare');
    const compared = await shownComparison(compare);
    expect(compared).to.contain('Medical Records Specialists');
    expect(compared).to.contain('$67,310');
    await expectAccessible(compare);
  });

  it(`routes the finder's occ-select (${names.select}) into the comparison instead of leaving the page`, async () => {
    const doc = await openApp(page);
    const finder = query(doc, 'occ-finder');
    const compare = query(doc, 'occ-compare');
    await shownFinder(finder);
    await shownComparison(compare);
    const [link, other] = [
      ...finder.shadowRoot!.querySelectorAll<HTMLAnchorElement>('tbody a'),
    ].filter((a) => !/Medical Records|Health Information/.test(a.textContent!));
    const title = link!.textContent!.trim();
    const before = doc.defaultView!.location.href;
    link!.click();
    const selected = await waitFor('a "Selected:" line in the log', () =>
      eventLines(doc).find((line) => line.startsWith('Selected:')),
    );
    expect(selected).to.equal(`Selected: <occ-finder> ${title}`);
    expect(doc.defaultView!.location.href, 'the page stays').to.equal(before);
    const sources = () => compare.getAttribute('src')!.split(' ');
    await waitFor('the comparison to add it', () => sources().length === 3);
    expect(await shownComparison(compare)).to.contain(title);

    // Removed inside the element (occ-compare-change): the app's state follows, so the next
    // occupation the finder adds joins the element's list, not the app's old one.
    compare.shadowRoot!.querySelector<HTMLButtonElement>('button.remove')!.click();
    await waitFor('the comparison to drop the first', () => sources().length === 2);
    other!.click();
    await waitFor('the comparison to add the other', () => sources().length === 3);
    expect(sources().join(' ')).not.to.contain('29-2072');
    expect(await shownComparison(compare)).to.contain(other!.textContent!.trim());
    // One already compared is not added twice.
    link!.click();
    await waitFor(
      'a third "Selected:" line',
      () => eventLines(doc).filter((line) => line.startsWith('Selected:')).length === 3,
    );
    expect(sources()).to.have.length(3);
    await expectAccessible(compare);
  });

  it('handles occ-error, and recovers when src changes back', async () => {
    const doc = await openApp(page);
    const el = query(doc, 'occ-pay-chart');
    await shownProfile(el);

    click(doc, 'Point at a missing profile');
    expect(await shownError(el)).to.contain('HTTP 404');
    const error = await waitFor('an "Error:" line in the log', () =>
      eventLines(doc).find((line) => line.startsWith('Error:')),
    );
    expect(error).to.match(/^Error: <occ-pay-chart> HTTP 404 .*\/data\/no-such-occupation\.json$/);

    click(doc, 'Back to the profile');
    await waitFor('the error to go', () => !el.error);
    expect(await shownProfile(el)).to.contain('$50,250');
  });
}
