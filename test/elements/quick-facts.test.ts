import { expect, fixture, fixtureCleanup, html, oneEvent, waitUntil } from '@open-wc/testing';
import { OccErrorEvent } from '../../src/core/events.js';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import '../../src/elements/quick-facts/quick-facts.js';
import type { OccQuickFacts } from '../../src/elements/quick-facts/quick-facts.js';
import {
  countErrors,
  countedUrl,
  failed,
  loaded,
  referenceProfile,
  requestsFor,
  shownText,
  sleep,
  uniqueKey,
} from '../helpers.js';

const REFERENCE = '/data/editions/2019-20/29-2071.json';

async function quickFacts(src?: string) {
  return fixture<OccQuickFacts>(
    src
      ? html`<occ-quick-facts src=${src}></occ-quick-facts>`
      : html`<occ-quick-facts></occ-quick-facts>`,
  );
}

/** [label, value] of every row, as a reader sees them. */
function rows(el: OccQuickFacts): [string, string][] {
  return [...el.shadowRoot!.querySelectorAll('tbody tr')].map((row) => [
    (row.querySelector('.term') ?? row.querySelector('th'))!
      .textContent!.replace(/\s+/g, ' ')
      .trim(),
    [...row.querySelectorAll('td .line')].map((line) => line.textContent!.trim()).join(' | '),
  ]);
}

const alertText = (el: OccQuickFacts) =>
  el.shadowRoot!.querySelector('[role="alert"]')!.textContent!.replace(/\s+/g, ' ').trim();

async function expectError(el: OccQuickFacts, pattern: RegExp) {
  const event = await failed(el);
  expect(event.detail.error.message).to.match(pattern);
  const alert = el.shadowRoot!.querySelector('[role="alert"][part="error"]');
  expect(alert, 'error state').to.exist;
  expect(alert!.textContent).to.match(pattern);
  expect(el.hasAttribute('aria-busy')).to.equal(false);
  await expect(el).to.be.accessible();
  return event;
}

describe('<occ-quick-facts>', () => {
  afterEach(async () => {
    fixtureCleanup();
    await emulateMedia({ colorScheme: 'light' });
  });

  it('shows the seed page’s quick facts, in the OOH order, with labels from the data’s years', async () => {
    const el = await quickFacts(REFERENCE);
    await loaded(el);
    expect(el.shadowRoot!.querySelector('caption')!.textContent!.trim()).to.equal(
      'Quick Facts: Medical Records and Health Information Technicians',
    );
    expect(rows(el)).to.deep.equal([
      ['2018 Median Pay', '$40,350 per year | $19.40 per hour'],
      ['Typical Entry-Level Education', 'Postsecondary nondegree award'],
      ['Work Experience in a Related Occupation', 'None'],
      ['On-the-job Training', 'None'],
      ['Number of Jobs, 2018', '215,500'],
      ['Job Outlook, 2018–\u206028', '11% (Much faster than average)'],
      ['Employment Change, 2018–\u206028', '23,100'],
    ]);
    expect(el.shadowRoot!.querySelectorAll('th[scope="row"]')).to.have.length(7);
    await expect(el).to.be.accessible();
  });

  it('builds labels from other years and formats a negative change', async () => {
    const el = await quickFacts('/test/fixtures/other-occupation.json');
    await loaded(el);
    expect(rows(el)).to.deep.equal([
      ['2018 Median Pay', '$32,700 per year | $15.72 per hour'],
      ['Number of Jobs, 2018', '420,400'],
      ['Job Outlook, 2018–\u206028', '7% (Faster than average)'],
      ['Employment Change, 2018–\u206028', '-3,000'],
    ]);
  });

  it('shows a top-coded wage as "$208,000 or more"', async () => {
    const el = await quickFacts('/test/fixtures/top-coded.json');
    await loaded(el);
    expect(rows(el)).to.deep.equal([
      ['2018 Median Pay', '$208,000 or more per year | $100.00 or more per hour'],
    ]);
  });

  it('formats numbers for the nearest lang', async () => {
    const wrapper = await fixture(
      html`<div lang="de-DE"><occ-quick-facts src=${REFERENCE}></occ-quick-facts></div>`,
    );
    const el = wrapper.querySelector('occ-quick-facts')!;
    await loaded(el);
    expect(shownText(el)).to.contain('215.500');
    expect(shownText(el)).to.contain('40.350');
  });

  it('says plainly when the profile has no quick facts, without an error', async () => {
    const el = await quickFacts('/test/fixtures/title-only.json');
    const errors = countErrors(el);
    await loaded(el);
    expect(el.shadowRoot!.querySelector('[part="empty"]')!.textContent).to.equal(
      'No quick facts in this profile.',
    );
    expect(errors).to.have.length(0);
    await expect(el).to.be.accessible();
  });

  it('tells the author what to set when it has neither src nor data', async () => {
    const el = await quickFacts();
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[part="notice"]')!.textContent).to.contain(
      'Set the src attribute',
    );
    await expect(el).to.be.accessible();
  });

  it('takes a profile object through the data property', async () => {
    const el = await quickFacts();
    const done = loaded(el);
    el.data = await referenceProfile();
    const event = await done;
    expect(event.detail.profile.occupation.soc).to.deep.equal(['29-2071']);
    expect(event.detail.src).to.equal(undefined);
    expect(shownText(el)).to.contain('$40,350 per year');
  });

  it('shows a placeholder with aria-busy while loading, then the data', async () => {
    const el = await quickFacts(countedUrl(uniqueKey('busy'), { delay: 400 }));
    expect(el.getAttribute('aria-busy')).to.equal('true');
    const placeholder = el.shadowRoot!.querySelector('[part="placeholder"]')!;
    expect(placeholder).to.exist;
    expect(placeholder.querySelectorAll('tbody tr')).to.have.length(7);
    await expect(el).to.be.accessible();
    await loaded(el);
    expect(el.hasAttribute('aria-busy')).to.equal(false);
    expect(el.shadowRoot!.querySelector('[part="placeholder"]')).to.equal(null);
  });

  // The placeholder has a typical profile's shape, to within a few pixels (see
  // placeholder-heights.test.ts, over sampled profiles); the reference profile's long title takes
  // more lines in the caption.
  it('keeps its height when the data of a typical profile arrives (no layout shift)', async () => {
    const el = await quickFacts(
      countedUrl(uniqueKey('height'), { delay: 300, file: 'data/15-1252.json' }),
    );
    el.style.width = '480px';
    await sleep(50);
    const before = el.getBoundingClientRect().height;
    await loaded(el);
    const after = el.getBoundingClientRect().height;
    expect(Math.abs(after - before), `placeholder ${before}px, loaded ${after}px`).to.be.at.most(5);
  });

  describe('failures', () => {
    it('shows an HTTP 404 with the URL, and fires one occ-error', async () => {
      const el = await quickFacts('/__fixtures/status/404');
      const errors = countErrors(el);
      const bubbled = oneEvent(document, 'occ-error');
      const event = await expectError(el, /HTTP 404 Not Found for .+\/__fixtures\/status\/404/);
      expect(event.detail.src).to.equal(`${location.origin}/__fixtures/status/404`);
      const outside = (await bubbled) as OccErrorEvent;
      expect(outside.bubbles && outside.composed).to.equal(true);
      expect(outside).to.be.instanceOf(OccErrorEvent);
      await sleep(50);
      expect(errors).to.have.length(1);
    });

    it('shows an HTTP 500', async () => {
      await expectError(
        await quickFacts('/__fixtures/status/500'),
        /HTTP 500 Internal Server Error/,
      );
    });

    it('shows a network failure', async () => {
      await expectError(
        await quickFacts('/__fixtures/reset'),
        /Could not reach .+__fixtures\/reset/,
      );
    });

    it('shows a body that is not JSON in plain words; the parser’s go to the event', async () => {
      const el = await quickFacts('/test/fixtures/not-json.txt');
      const event = await failed(el);
      expect(event.detail.error.message).to.match(/not-json\.txt is not valid JSON: /);
      expect(alertText(el)).to.match(/not-json\.txt could not be read as an occupation profile\.$/);
      expect(alertText(el)).to.not.contain('valid JSON');
      await expectError(await quickFacts('/__fixtures/html'), /returned an HTML page, not JSON/);
      await expectError(await quickFacts('/__fixtures/empty'), /returned an empty body/);
    });

    it('shows a timeout, after the timeout attribute’s milliseconds', async () => {
      const el = await fixture<OccQuickFacts>(
        html`<occ-quick-facts
          timeout="250"
          src=${countedUrl(uniqueKey('slow'), { delay: 3000 })}
        ></occ-quick-facts>`,
      );
      await expectError(el, /No answer from .+ within 0\.25 s/);
    });

    it('tells readers a contract fault in a plain sentence, and developers its path once', async () => {
      const warned: unknown[][] = [];
      const warn = console.warn;
      console.warn = (...args: unknown[]) => warned.push(args);
      try {
        const wrapper = await fixture(
          html`<div>
            <occ-quick-facts src="/test/fixtures/bad-money.json"></occ-quick-facts>
            <occ-quick-facts src="/test/fixtures/bad-money.json"></occ-quick-facts>
          </div>`,
        );
        const [first, second] = [...wrapper.querySelectorAll<OccQuickFacts>('occ-quick-facts')];
        const fault =
          /quickFacts\.medianPay\.annual: expected a number or \{atLeast\}, got "40,350"/;
        expect((await failed(first!)).detail.error.message).to.match(fault);
        await waitUntil(() => second!.shadowRoot!.querySelector('[role="alert"]'));
        for (const el of [first!, second!]) {
          expect(alertText(el)).to.equal(
            'This occupation profile could not be shown Its data is incomplete or not in the expected form (the details are in the browser console). Profile URL: ' +
              `${location.origin}/test/fixtures/bad-money.json`,
          );
        }
        await expect(first!).to.be.accessible();
        // One failure (one request, shared by both elements) reaches the console once, with its path.
        expect(warned.filter((args) => fault.test(String(args[0])))).to.have.length(1);
      } finally {
        console.warn = warn;
      }
    });

    it('tells readers a contract fault in Spanish under lang="es"', async () => {
      const el = await fixture<OccQuickFacts>(
        html`<occ-quick-facts lang="es" src="/test/fixtures/bad-money.json"></occ-quick-facts>`,
      );
      await waitUntil(() => el.shadowRoot!.querySelector('[role="alert"]'));
      expect(alertText(el)).to.contain('Sus datos están incompletos o no tienen la forma esperada');
      expect(alertText(el)).to.not.match(/expected a|atLeast|quickFacts|40,350/);
      await expect(el).to.be.accessible();
    });

    it('shows a contract fault in a data object, and a wrong schemaVersion', async () => {
      const el = await quickFacts();
      const failure = failed(el);
      el.data = { ...(await referenceProfile()), schemaVersion: 2 as 1 };
      expect((await failure).detail.error.message).to.match(/^schemaVersion: expected 1/);
      expect(el.shadowRoot!.querySelector('[role="alert"]')).to.exist;
    });

    it('affects no other element on the page', async () => {
      const wrapper = await fixture(
        html`<div>
          <occ-quick-facts id="bad" src="/__fixtures/status/500"></occ-quick-facts>
          <occ-quick-facts id="good" src=${REFERENCE}></occ-quick-facts>
        </div>`,
      );
      const bad = wrapper.querySelector<OccQuickFacts>('#bad')!;
      const good = wrapper.querySelector<OccQuickFacts>('#good')!;
      await Promise.all([failed(bad), loaded(good)]);
      expect(shownText(good)).to.contain('$40,350 per year');
    });

    it('recovers with reload()', async () => {
      const el = await quickFacts('/test/fixtures/not-json.txt');
      await failed(el);
      el.src = REFERENCE;
      await loaded(el);
      expect(shownText(el)).to.contain('215,500');
    });
  });

  describe('loading', () => {
    it('makes one request for three elements on one URL', async () => {
      const key = uniqueKey('three');
      const src = countedUrl(key, { delay: 100 });
      const wrapper = await fixture(
        html`<div>
          <occ-quick-facts src=${src}></occ-quick-facts>
          <occ-quick-facts src=${src}></occ-quick-facts>
          <occ-quick-facts src=${src}></occ-quick-facts>
        </div>`,
      );
      await Promise.all([...wrapper.querySelectorAll('occ-quick-facts')].map((el) => loaded(el)));
      expect(await requestsFor(key)).to.deep.equal({ hits: 1, aborts: 0 });
    });

    it('aborts the pending request when src changes, and never shows the late answer', async () => {
      const key = uniqueKey('change');
      const el = await quickFacts(countedUrl(key, { delay: 600 }));
      await sleep(100);
      const titles: string[] = [];
      el.addEventListener('occ-load', (event) =>
        titles.push(event.detail.profile.occupation.title),
      );
      el.src = '/test/fixtures/other-occupation.json';
      await loaded(el);
      await sleep(800);
      expect(titles).to.deep.equal(['Pharmacy Technicians']);
      expect(shownText(el)).to.contain('Quick Facts: Pharmacy Technicians');
      expect(await requestsFor(key)).to.deep.equal({ hits: 1, aborts: 1 });
    });

    it('aborts the pending request when removed, and loads again when put back', async () => {
      const key = uniqueKey('removed');
      const el = await quickFacts(countedUrl(key, { delay: 600 }));
      const parent = el.parentElement!;
      const events = countErrors(el);
      await sleep(100);
      el.remove();
      await sleep(200);
      expect(await requestsFor(key)).to.deep.equal({ hits: 1, aborts: 1 });
      expect(events).to.have.length(0);
      parent.append(el);
      await loaded(el);
      expect(shownText(el)).to.contain('$40,350 per year');
    });
  });

  describe('definitions', () => {
    it('opens and closes each definition with the keyboard alone', async () => {
      const wrapper = await fixture(
        html`<div>
          <button id="before">before</button>
          <occ-quick-facts src=${REFERENCE}></occ-quick-facts>
        </div>`,
      );
      const el = wrapper.querySelector('occ-quick-facts')!;
      await loaded(el);
      wrapper.querySelector<HTMLButtonElement>('#before')!.focus();
      await sendKeys({ press: 'Tab' });
      const term = el.shadowRoot!.activeElement as HTMLButtonElement;
      expect(term.textContent!.trim()).to.equal('2018 Median Pay');
      expect(term.getAttribute('aria-expanded')).to.equal('false');
      const definition = el.shadowRoot!.getElementById(term.getAttribute('aria-controls')!)!;
      expect(definition.hidden).to.equal(true);

      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(term.getAttribute('aria-expanded')).to.equal('true');
      expect(definition.hidden).to.equal(false);
      expect(definition.textContent).to.contain(
        'In May 2018, the median annual wage for all workers was $38,640.',
      );
      await expect(el).to.be.accessible();

      await sendKeys({ press: 'Space' });
      await el.updateComplete;
      expect(term.getAttribute('aria-expanded')).to.equal('false');
      expect(definition.hidden).to.equal(true);

      await sendKeys({ press: 'Tab' });
      expect((el.shadowRoot!.activeElement as HTMLElement).textContent!.trim()).to.equal(
        'Typical Entry-Level Education',
      );
    });

    it('closes an open definition with Escape and keeps focus on its term', async () => {
      const el = await quickFacts(REFERENCE);
      await loaded(el);
      const term = el.shadowRoot!.querySelector<HTMLButtonElement>('button.term')!;
      const definition = el.shadowRoot!.getElementById(term.getAttribute('aria-controls')!)!;
      term.focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(definition.hidden).to.equal(false);

      await sendKeys({ press: 'Escape' });
      await el.updateComplete;
      expect(term.getAttribute('aria-expanded')).to.equal('false');
      expect(definition.hidden).to.equal(true);
      expect(el.shadowRoot!.activeElement).to.equal(term);
      await expect(el).to.be.accessible();

      // Escape with every definition closed does nothing (a dialog around the table may use it).
      let escaped = 0;
      el.addEventListener('keydown', (event) => (escaped += Number(!event.defaultPrevented)));
      await sendKeys({ press: 'Escape' });
      expect(escaped).to.equal(1);
    });

    it('shows each of the seven terms’ glossary definition', async () => {
      const el = await quickFacts(REFERENCE);
      await loaded(el);
      const terms = [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('button.term')];
      expect(terms).to.have.length(7);
      terms.forEach((term) => term.click());
      await el.updateComplete;
      const definitions = [...el.shadowRoot!.querySelectorAll<HTMLElement>('[part="definition"]')];
      expect(definitions.every((d) => !d.hidden && d.textContent!.length > 40)).to.equal(true);
      expect(definitions[5]!.textContent).to.contain(
        'The average growth rate for all occupations is',
      );
    });
  });

  describe('themes', () => {
    for (const scheme of ['light', 'dark'] as const) {
      it(`passes axe in the loaded, loading and error states, ${scheme} scheme`, async () => {
        await emulateMedia({ colorScheme: scheme });
        const good = await quickFacts(REFERENCE);
        await loaded(good);
        const background = getComputedStyle(good).backgroundColor;
        expect(background).to.equal(scheme === 'dark' ? 'rgb(21, 25, 31)' : 'rgb(255, 255, 255)');
        await expect(good).to.be.accessible();
        good.shadowRoot!.querySelector<HTMLButtonElement>('button.term')!.click();
        await good.updateComplete;
        await expect(good).to.be.accessible();
        const slow = await quickFacts(countedUrl(uniqueKey('axe'), { delay: 1000 }));
        await expect(slow).to.be.accessible();
        const bad = await quickFacts('/__fixtures/status/404');
        await failed(bad);
        await expect(bad).to.be.accessible();
      });
    }

    it('follows theme="dark" on a light page and theme="light" on a dark page', async () => {
      const dark = await fixture<OccQuickFacts>(
        html`<occ-quick-facts theme="dark" src=${REFERENCE}></occ-quick-facts>`,
      );
      await loaded(dark);
      expect(getComputedStyle(dark).backgroundColor).to.equal('rgb(21, 25, 31)');
      await expect(dark).to.be.accessible();
      await emulateMedia({ colorScheme: 'dark' });
      const light = await fixture<OccQuickFacts>(
        html`<occ-quick-facts theme="light" src=${REFERENCE}></occ-quick-facts>`,
      );
      await loaded(light);
      expect(getComputedStyle(light).backgroundColor).to.equal('rgb(255, 255, 255)');
      await expect(light).to.be.accessible();
    });

    it('takes global --occ-* properties and element overrides from the page', async () => {
      const wrapper = await fixture(
        html`<div style="--occ-color-surface: rgb(1, 2, 3); --occ-color-text: rgb(250, 250, 250)">
          <occ-quick-facts src=${REFERENCE}></occ-quick-facts>
          <occ-quick-facts
            style="--occ-quick-facts-color-surface: rgb(4, 5, 6)"
            src=${REFERENCE}
          ></occ-quick-facts>
        </div>`,
      );
      const [global, local] = [...wrapper.querySelectorAll('occ-quick-facts')];
      expect(getComputedStyle(global!).backgroundColor).to.equal('rgb(1, 2, 3)');
      expect(getComputedStyle(global!).color).to.equal('rgb(250, 250, 250)');
      expect(getComputedStyle(local!).backgroundColor).to.equal('rgb(4, 5, 6)');
    });
  });

  it('survives a second registration of its tag (two copies of the script)', async () => {
    await import(`../../src/elements/quick-facts/quick-facts.ts?copy=${Date.now()}`);
    const el = await quickFacts(REFERENCE);
    await loaded(el);
    expect(shownText(el)).to.contain('$40,350 per year');
  });
});
