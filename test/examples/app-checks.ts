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
  openPage,
  query,
  shownError,
  shownProfile,
  waitFor,
} from './frame.js';

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

export function appChecks(page: string, names: { data: string; events: string }): void {
  it(`sets data as a property (${names.data}): the element shows the profile the app fetched`, async () => {
    const doc = await openApp(page);
    const el = query(doc, 'occ-quick-facts');
    expect(await shownProfile(el)).to.contain('$40,350 per year');
    expect(el.hasAttribute('data'), 'no data="[object Object]" attribute').to.equal(false);
    expect((el.data as OccupationProfile).occupation.title).to.equal(PROFILE_TITLE);
    expect(el.src).to.equal(undefined);
  });

  it('sets src and another prop from state, and updates the element when they change', async () => {
    const doc = await openApp(page);
    const el = query(doc, 'occ-pay-chart');
    const text = await shownProfile(el);
    expect(el.src).to.equal('/data/editions/2019-20/29-2071.json');
    expect(text).to.contain('Median annual wages, May 2018');
    expect(text).to.contain('$40,350');
    expect(text, 'hide-industries').not.to.contain('in the top industries');
    expect(await shownProfile(query(doc, 'occ-outlook'))).to.contain('11%');

    click(doc, 'Hourly wages');
    await waitFor('the chart in hourly wages', () =>
      el.shadowRoot!.textContent!.includes('Median hourly wages'),
    );
    expect(await shownProfile(el)).to.contain('$19.40');
  });

  it(`handles occ-load (${names.events}): the app logs each element`, async () => {
    const doc = await openApp(page);
    const lines = await waitFor('three "Loaded:" lines in the log', () => {
      const shown = eventLines(doc);
      return shown.length >= 3 && shown;
    });
    expect(lines.sort()).to.deep.equal([
      `Loaded: <occ-outlook> ${PROFILE_TITLE}`,
      `Loaded: <occ-pay-chart> ${PROFILE_TITLE}`,
      `Loaded: <occ-quick-facts> ${PROFILE_TITLE}`,
    ]);
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
    expect(await shownProfile(el)).to.contain('$40,350');
  });
}
