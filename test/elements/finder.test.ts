import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/elements/finder/finder.js';
import { CHUNK, type OccFinder } from '../../src/elements/finder/finder.js';
import type { OccErrorEvent, OccIndexLoadDetail, OccLoadEvent } from '../../src/core/events.js';
import { OccSelectEvent } from '../../src/core/events.js';
import { OccDataError } from '../../src/data/errors.js';
import type { OccupationIndex } from '../../src/data/index-types.js';
import { atWidth, requestsFor, sleep, uniqueKey } from '../helpers.js';

const INDEX = '/test/fixtures/index.json';
const LARGE = '/test/fixtures/index-large.json';

/** The fixture index, read independently of the element. */
const fixtureIndex: OccupationIndex = await (await fetch(INDEX)).json();

async function loaded(el: OccFinder) {
  if (!el.index) await oneEvent(el, 'occ-load');
  await el.updateComplete;
  return el;
}

async function finder(template = html`<occ-finder src=${INDEX}></occ-finder>`, width = 1000) {
  return loaded(await atWidth<OccFinder>(width, template));
}

const root = (el: OccFinder) => el.shadowRoot!;
const clean = (node: Node) => node.textContent!.replace(/\s+/g, ' ').trim();
const titles = (el: OccFinder) =>
  [...root(el).querySelectorAll('tbody th a, tbody th')]
    .filter((node) => node.localName === 'th')
    .map((th) => clean(th.querySelector('a') ?? th));
const status = (el: OccFinder) => clean(root(el).querySelector('[role="status"]')!);
const control = <T extends HTMLElement>(el: OccFinder, id: string) =>
  root(el).querySelector<T>(`#${id}`)!;

/** Sets a control as a reader would: the value, then the event the control fires. */
async function choose(el: OccFinder, id: string, value: string) {
  const input = control<HTMLInputElement | HTMLSelectElement>(el, id);
  input.value = value;
  input.dispatchEvent(
    new Event(input.localName === 'select' ? 'change' : 'input', { bubbles: true }),
  );
  if (input.type === 'number') input.dispatchEvent(new Event('change', { bubbles: true }));
  await el.updateComplete;
}

/** The fixture's titles that pass `test`, independently of the element's code. */
const expected = (test: (entry: OccupationIndex['occupations'][number]) => boolean) =>
  fixtureIndex.occupations.filter(test).map((entry) => entry.title);

describe('<occ-finder>', () => {
  it('lists every occupation of the index, each linking to its BLS page', async () => {
    const el = await finder();
    expect(titles(el)).to.deep.equal(fixtureIndex.occupations.map((entry) => entry.title));
    const link = root(el).querySelector('tbody a')!;
    expect(link.getAttribute('href')).to.equal(fixtureIndex.occupations[0]!.url);
    expect(status(el)).to.equal(`${fixtureIndex.occupations.length} occupations match.`);
    await expect(el).to.be.accessible();
  });

  it('fires occ-load with the index and its URL', async () => {
    const el = await atWidth<OccFinder>(
      800,
      html`<occ-finder src=${`${INDEX}?load`}></occ-finder>`,
    );
    const event = (await oneEvent(el, 'occ-load')) as OccLoadEvent<OccIndexLoadDetail>;
    expect(event.detail.index.occupations.length).to.equal(fixtureIndex.occupations.length);
    expect(event.detail.src).to.equal(new URL(`${INDEX}?load`, location.href).href);
  });

  it('finds occupations by title words, in any order, as prefixes', async () => {
    const el = await finder();
    await choose(el, 'q', 'nurs reg');
    expect(titles(el)).to.deep.equal(['Registered Nurses']);
    await choose(el, 'q', 'nurse');
    expect(titles(el)).to.deep.equal([
      'Registered Nurses',
      'Nurse Anesthetists, Nurse Midwives, and Nurse Practitioners',
    ]);
    expect(status(el)).to.equal('2 occupations match.');
    await expect(el).to.be.accessible();
  });

  it('finds occupations by SOC code, with or without the hyphen', async () => {
    const el = await finder(html`<occ-finder src=${INDEX} query="29-11"></occ-finder>`);
    expect(titles(el)).to.deep.equal(
      expected((entry) => entry.soc.some((code) => code.startsWith('29-11'))),
    );
    await choose(el, 'q', '472111');
    expect(titles(el)).to.deep.equal(['Electricians']);
  });

  it('says so when nothing matches, in the live region too', async () => {
    const el = await finder(html`<occ-finder src=${INDEX} query="astronaut"></occ-finder>`);
    expect(root(el).querySelector('table')).to.equal(null);
    expect(clean(root(el).querySelector('[part="empty"]')!)).to.contain('No occupation matches');
    expect(status(el)).to.equal('0 occupations match.');
    await expect(el).to.be.accessible();
  });

  it('presets the education filter from a short key, and the menu shows it', async () => {
    const el = await finder(html`<occ-finder src=${INDEX} education="bachelor"></occ-finder>`);
    expect(titles(el)).to.deep.equal(expected((entry) => entry.education === "Bachelor's degree"));
    expect(control<HTMLSelectElement>(el, 'education').value).to.equal('bachelor');
  });

  it('accepts BLS wording for a filter, and ignores a value it does not know', async () => {
    const el = await finder(
      html`<occ-finder src=${INDEX} training="apprenticeship" experience="lots"></occ-finder>`,
    );
    expect(titles(el)).to.deep.equal(['Electricians']);
    el.training = 'Internship/Residency';
    await el.updateComplete;
    expect(titles(el)).to.deep.equal(
      expected((entry) => entry.training === 'Internship/residency'),
    );
  });

  it('filters by each menu: education, experience, training, growth, new jobs', async () => {
    const el = await finder();
    await choose(el, 'experience', '5-or-more');
    expect(titles(el)).to.deep.equal(expected((entry) => entry.experience === '5 years or more'));
    await choose(el, 'experience', '');
    await choose(el, 'growth', 'decline');
    expect(titles(el)).to.deep.equal(expected((entry) => entry.outlookPhrase === 'Decline'));
    await choose(el, 'growth', '');
    await choose(el, 'new-jobs', '100000');
    expect(titles(el)).to.deep.equal(expected((entry) => (entry.employmentChange ?? -1) >= 100000));
    await choose(el, 'new-jobs', 'decline');
    expect(titles(el)).to.deep.equal(expected((entry) => (entry.employmentChange ?? 0) < 0));
    await choose(el, 'new-jobs', '');
    await choose(el, 'education', 'postsecondary');
    expect(titles(el)).to.deep.equal(
      expected((entry) => entry.education === 'Postsecondary nondegree award'),
    );
    await expect(el).to.be.accessible();
  });

  it('lists the menus in BLS order', async () => {
    const el = await finder();
    const options = (id: string) =>
      [...control<HTMLSelectElement>(el, id).options].map((option) => clean(option));
    expect(options('education')).to.deep.equal([
      'Any',
      'No formal educational credential',
      'High school diploma or equivalent',
      'Postsecondary nondegree award',
      'Some college, no degree',
      "Associate's degree",
      "Bachelor's degree",
      "Master's degree",
      'Doctoral or professional degree',
    ]);
    expect(options('growth')).to.deep.equal([
      'Any',
      'Decline',
      'Little or no change',
      'Slower than average',
      'As fast as average',
      'Faster than average',
      'Much faster than average',
    ]);
  });

  it('filters by a median pay range (a top-coded wage counts as its floor)', async () => {
    const el = await finder(html`<occ-finder src=${INDEX} min-pay="100000"></occ-finder>`);
    const annual = (entry: OccupationIndex['occupations'][number]) => {
      const pay = entry.medianPay?.annual;
      return pay === undefined ? undefined : typeof pay === 'number' ? pay : pay.atLeast;
    };
    expect(titles(el)).to.deep.equal(expected((entry) => (annual(entry) ?? -1) >= 100000));
    expect(titles(el)).to.include('Physicians and Surgeons');
    await choose(el, 'min-pay', '50000');
    await choose(el, 'max-pay', '65000');
    const inRange = expected((entry) => {
      const pay = annual(entry);
      return pay !== undefined && pay >= 50000 && pay <= 65000;
    });
    expect(inRange.length).to.be.greaterThan(2);
    expect(titles(el)).to.deep.equal(inRange);
  });

  it('sorts by growth, highest first, with aria-sort on that column only ("fastest growing")', async () => {
    const el = await finder(html`<occ-finder src=${INDEX} sort="growth" limit="3"></occ-finder>`);
    expect(titles(el)).to.deep.equal([
      'Wind Turbine Technicians',
      'Nurse Anesthetists, Nurse Midwives, and Nurse Practitioners',
      'Data Scientists',
    ]);
    const sorts = [...root(el).querySelectorAll('thead th')].map((th) =>
      th.getAttribute('aria-sort'),
    );
    expect(sorts).to.deep.equal([null, null, null, 'descending', null, null, null]);
    expect(status(el)).to.equal(
      `${fixtureIndex.occupations.length} occupations match. Showing the first 3 of ${fixtureIndex.occupations.length}.`,
    );
    await expect(el).to.be.accessible();
  });

  it('sorts by a header button, then the other way on a second press, and says so', async () => {
    const el = await finder();
    const button = () => root(el).querySelector<HTMLButtonElement>('th.pay button')!;
    button().click();
    await el.updateComplete;
    expect(root(el).querySelector('th.pay')!.getAttribute('aria-sort')).to.equal('descending');
    expect(titles(el)[0]).to.equal('Physicians and Surgeons');
    // Actors have an hourly wage only: no annual pay to sort by, so they come last.
    expect(titles(el).at(-1)).to.equal('Actors');
    expect(status(el)).to.contain('Sorted by Median Pay, highest first.');
    button().click();
    await el.updateComplete;
    expect(root(el).querySelector('th.pay')!.getAttribute('aria-sort')).to.equal('ascending');
    expect(titles(el)[0]).to.equal('Cashiers');
    expect(titles(el).at(-1)).to.equal('Actors');
    root(el).querySelector<HTMLButtonElement>('th.title button')!.click();
    await el.updateComplete;
    expect(root(el).querySelector('th.pay')!.hasAttribute('aria-sort')).to.equal(false);
    expect(titles(el)).to.deep.equal([...titles(el)].sort((a, b) => a.localeCompare(b)));
    await expect(el).to.be.accessible();
  });

  it('sorts by jobs and openings from the attributes, ascending with order="asc"', async () => {
    const el = await finder(html`<occ-finder src=${INDEX} sort="jobs" order="asc"></occ-finder>`);
    const byJobs = [...fixtureIndex.occupations].sort((a, b) => a.jobs! - b.jobs!);
    expect(titles(el)).to.deep.equal(byJobs.map((entry) => entry.title));
    el.sort = 'openings';
    el.order = 'desc';
    await el.updateComplete;
    const byOpenings = [...fixtureIndex.occupations].sort((a, b) => b.openings! - a.openings!);
    expect(titles(el)).to.deep.equal(byOpenings.map((entry) => entry.title));
  });

  it('shows a table on wide containers and cards on narrow ones', async () => {
    const wide = await finder(html`<occ-finder src=${INDEX}></occ-finder>`, 1000);
    const narrow = await finder(html`<occ-finder src=${INDEX}></occ-finder>`, 360);
    const display = (el: OccFinder, selector: string) =>
      getComputedStyle(root(el).querySelector(selector)!).display;
    // Wide: a row's cells side by side, in columns under their headers (a grid in table roles).
    const cells = (row: Element) => [...row.children].map((cell) => cell.getBoundingClientRect());
    const [header, ...rows] = [...root(wide).querySelectorAll('tr')].map(cells);
    expect(header!.length).to.equal(7);
    for (const row of rows) {
      expect(row.map((cell) => cell.top)).to.deep.equal(row.map(() => row[0]!.top));
      row.forEach((cell, i) => expect(cell.left).to.be.closeTo(header![i]!.left, 0.5));
    }
    expect(root(wide).querySelector('table')!.getAttribute('role')).to.equal('table');
    expect(root(wide).querySelector('tbody tr')!.getAttribute('role')).to.equal('row');
    expect(display(narrow, 'table')).to.equal('block');
    expect(display(narrow, 'tbody tr')).to.equal('grid');
    expect(narrow.scrollWidth).to.be.at.most(narrow.clientWidth);
    await expect(narrow).to.be.accessible();
  });

  it("links to the site's own pages through href-template", async () => {
    const el = await finder(
      html`<occ-finder src=${INDEX} href-template="/careers/{slug}?soc={soc}"></occ-finder>`,
    );
    const link = root(el).querySelector('tbody a')!;
    const first = fixtureIndex.occupations[0]!;
    expect(link.getAttribute('href')).to.equal(
      new URL(`/careers/${first.slug}?soc=${first.soc[0]}`, location.href).href,
    );
  });

  it('makes no link of a template or URL that is not http(s)', async () => {
    const el = await finder(
      html`<occ-finder src=${INDEX} href-template="javascript:alert('{slug}')"></occ-finder>`,
    );
    expect(root(el).querySelectorAll('tbody a').length).to.equal(0);
    expect(titles(el).length).to.equal(fixtureIndex.occupations.length);
  });

  it('fires a cancelable occ-select with the entry when a link is followed', async () => {
    const el = await finder();
    const seen: OccSelectEvent[] = [];
    const onSelect = (event: OccSelectEvent) => {
      seen.push(event);
      event.preventDefault(); // the app routes instead
    };
    document.addEventListener('occ-select', onSelect);
    const link = root(el).querySelectorAll<HTMLAnchorElement>('tbody a')[2]!;
    const click = new MouseEvent('click', { bubbles: true, composed: true, cancelable: true });
    link.dispatchEvent(click);
    document.removeEventListener('occ-select', onSelect);
    expect(seen.length).to.equal(1);
    expect(seen[0]).to.be.instanceOf(OccSelectEvent);
    expect(seen[0]!.detail.entry).to.deep.equal(fixtureIndex.occupations[2]);
    expect(click.defaultPrevented, 'the link is not followed').to.equal(true);
  });

  it('announces the result count in a polite live region as the reader types', async () => {
    const el = await finder();
    const region = root(el).querySelector('[role="status"]')!;
    control<HTMLInputElement>(el, 'q').focus();
    await sendKeys({ type: 'cash' });
    await el.updateComplete;
    expect(root(el).querySelector('[role="status"]')).to.equal(region);
    expect(status(el)).to.equal('1 occupation matches.');
  });

  it('can be used with the keyboard alone: search, filter, sort, clear', async () => {
    const box = await fixture<HTMLDivElement>(
      html`<div style="width: 1000px">
        <button>before</button><occ-finder src=${INDEX}></occ-finder>
      </div>`,
    );
    const el = await loaded(box.querySelector('occ-finder')!);
    box.querySelector('button')!.focus();
    await sendKeys({ press: 'Tab' });
    expect(root(el).activeElement?.id).to.equal('q');
    await sendKeys({ type: 'tech' });
    await el.updateComplete;
    expect(titles(el)).to.deep.equal(expected((entry) => /\btech/i.test(entry.title)));
    await sendKeys({ press: 'Tab' }); // the education menu
    expect(root(el).activeElement?.id).to.equal('education');
    // Tab through the other filters and the clear button to the first sort button.
    for (let i = 0; i < 7; i += 1) await sendKeys({ press: 'Tab' });
    expect(root(el).activeElement?.classList.contains('clear')).to.equal(true);
    await sendKeys({ press: 'Tab' });
    expect(root(el).activeElement?.getAttribute('data-sort')).to.equal('title');
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Enter' }); // pay
    await el.updateComplete;
    expect(root(el).querySelector('th.pay')!.getAttribute('aria-sort')).to.equal('descending');
    root(el).querySelector<HTMLButtonElement>('.clear')!.focus();
    await sendKeys({ press: 'Space' });
    await el.updateComplete;
    expect(control<HTMLInputElement>(el, 'q').value).to.equal('');
    expect(titles(el).length).to.equal(fixtureIndex.occupations.length);
    await expect(el).to.be.accessible();
  });

  describe('sync-url', () => {
    let before: string;
    beforeEach(() => (before = location.href));
    afterEach(() => history.replaceState(history.state, '', before));

    it('reads its state from the page URL, over the attributes', async () => {
      history.replaceState(history.state, '', '?q=nurse&education=master&other=1');
      const el = await finder(
        html`<occ-finder src=${INDEX} sync-url education="bachelor"></occ-finder>`,
      );
      expect(titles(el)).to.deep.equal([
        'Nurse Anesthetists, Nurse Midwives, and Nurse Practitioners',
      ]);
      expect(control<HTMLInputElement>(el, 'q').value).to.equal('nurse');
    });

    it("writes the reader's choices to the URL (replaceState), keeping other parameters", async () => {
      history.replaceState(history.state, '', '?other=1');
      const length = history.length;
      const el = await finder(html`<occ-finder src=${INDEX} sync-url></occ-finder>`);
      await choose(el, 'growth', 'much-faster');
      root(el).querySelector<HTMLButtonElement>('th.growth button')!.click();
      await el.updateComplete;
      const params = new URLSearchParams(location.search);
      expect(params.get('other')).to.equal('1');
      expect(params.get('growth')).to.equal('much-faster');
      expect(params.get('sort')).to.equal('growth');
      expect(params.get('order')).to.equal('desc');
      expect(history.length, 'no history entry added').to.equal(length);
      await choose(el, 'growth', '');
      expect(new URLSearchParams(location.search).has('growth')).to.equal(false);
    });

    it('follows the URL back and forward (popstate)', async () => {
      const el = await finder(html`<occ-finder src=${INDEX} sync-url></occ-finder>`);
      history.replaceState(history.state, '', '?q=cashiers');
      window.dispatchEvent(new PopStateEvent('popstate'));
      await el.updateComplete;
      expect(titles(el)).to.deep.equal(['Cashiers']);
    });

    it('leaves the URL alone without sync-url', async () => {
      const el = await finder();
      const search = location.search;
      await choose(el, 'q', 'nurse');
      expect(location.search).to.equal(search);
    });
  });

  it('makes one request for an index two finders share', async () => {
    const key = uniqueKey('finder-index');
    const src = `/__fixtures/profile?key=${key}&delay=100&file=test/fixtures/index.json`;
    const box = await fixture<HTMLDivElement>(
      html`<div>
        <occ-finder src=${src} sort="growth" limit="5"></occ-finder>
        <occ-finder src=${src} education="bachelor"></occ-finder>
      </div>`,
    );
    const [a, b] = [...box.querySelectorAll('occ-finder')];
    await Promise.all([loaded(a!), loaded(b!)]);
    expect(titles(a!).length).to.equal(5);
    expect(titles(b!)).to.deep.equal(expected((entry) => entry.education === "Bachelor's degree"));
    expect((await requestsFor(key)).hits).to.equal(1);
  });

  it('shows a placeholder of its final size while loading, then the results', async () => {
    const key = uniqueKey('finder-slow');
    const src = `/__fixtures/profile?key=${key}&delay=400&file=test/fixtures/index.json`;
    const el = await atWidth<OccFinder>(
      1000,
      html`<occ-finder src=${src} limit="10"></occ-finder>`,
    );
    await el.updateComplete;
    expect(el.getAttribute('aria-busy')).to.equal('true');
    expect(root(el).querySelector('[part="placeholder"]')).to.not.equal(null);
    const placeholderHeight = el.getBoundingClientRect().height;
    await expect(el).to.be.accessible();
    await loaded(el);
    expect(el.hasAttribute('aria-busy')).to.equal(false);
    // A group of rows in sight is laid out in the next frame (content-visibility: auto); until
    // then its height is the 50-row guess.
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    const height = el.getBoundingClientRect().height;
    expect(
      Math.abs(height - placeholderHeight) / height,
      `${placeholderHeight} px placeholder, ${height} px shown`,
    ).to.be.below(0.25);
  });

  it('asks for src when it has none', async () => {
    const el = await fixture<OccFinder>(html`<occ-finder></occ-finder>`);
    expect(clean(root(el).querySelector('[part="notice"]')!)).to.contain('src attribute');
    await expect(el).to.be.accessible();
  });

  describe('errors', () => {
    async function failing(src: string) {
      // Listened for before the element exists: a document the page already loaded fails at once.
      const failed = new Promise<OccErrorEvent>((resolve) =>
        document.addEventListener('occ-error', resolve, { once: true }),
      );
      const el = await atWidth<OccFinder>(800, html`<occ-finder src=${src}></occ-finder>`);
      const event = await failed;
      await el.updateComplete;
      return { el, error: event.detail.error as OccDataError };
    }

    it('shows a plain message and fires occ-error for an HTTP failure', async () => {
      const { el, error } = await failing('/__fixtures/status/404');
      expect(error).to.be.instanceOf(OccDataError);
      expect(error.kind).to.equal('http');
      const alert = root(el).querySelector('[role="alert"]')!;
      expect(clean(alert)).to.contain('The list of occupations could not be shown');
      expect(clean(alert)).to.contain('HTTP 404');
      await expect(el).to.be.accessible();
    });

    it('rejects a profile given as an index with a contract error naming the path', async () => {
      const warnings: unknown[][] = [];
      const warn = console.warn;
      console.warn = (...args: unknown[]) => warnings.push(args);
      let failed;
      try {
        failed = await failing('/data/editions/2019-20/29-2071.json');
      } finally {
        console.warn = warn;
      }
      const { el, error } = failed;
      // The console has the precise fault once, with the URL.
      const told = warnings.filter(([text]) => String(text).includes('occupations: required'));
      expect(told.length).to.equal(1);
      expect(String(told[0]![0])).to.contain('/data/editions/2019-20/29-2071.json');
      expect(error.kind).to.equal('contract');
      expect(error.details.path).to.equal('occupations');
      expect(error.message).to.contain('occupations: required, but missing');
      // The reader gets a plain sentence; the validator's words are for developers.
      const alert = clean(root(el).querySelector('[role="alert"]')!);
      expect(alert).to.contain('The list of occupations could not be shown');
      expect(alert).to.contain('Its data is incomplete or not in the expected form');
      expect(alert).to.not.contain('occupations:');
      expect(alert).to.not.contain('required');
      await expect(el).to.be.accessible();
    });

    it('reports an HTML page served as the index', async () => {
      const { error } = await failing('/__fixtures/html');
      expect(error.kind).to.equal('parse');
    });

    it('recovers on reload()', async () => {
      const key = uniqueKey('finder-flaky');
      const { el } = await failing(
        `/__fixtures/flaky?key=${key}&fail=1&file=test/fixtures/index.json`,
      );
      el.reload();
      await loaded(el);
      expect(titles(el).length).to.equal(fixtureIndex.occupations.length);
      expect(el.error).to.equal(undefined);
    });
  });

  describe('800+ rows', () => {
    // axe is not run over the 809 rows (28 s): they are the same markup as the audited lists.
    it('renders the whole large index in steps', async () => {
      const large: OccupationIndex = await (await fetch(LARGE)).json();
      expect(large.occupations.length).to.be.greaterThan(800);
      const el = await finder(html`<occ-finder src=${LARGE}></occ-finder>`);
      const rows = () => root(el).querySelectorAll('tbody tr').length;
      expect(rows()).to.equal(CHUNK);
      expect(status(el)).to.equal(`${large.occupations.length} occupations match.`);
      for (let i = 0; i < 100 && rows() < large.occupations.length; i += 1) await sleep(20);
      expect(rows()).to.equal(large.occupations.length);
      expect(root(el).querySelector('[part="more"]')).to.equal(null);
    });

    it('shows the rest at once from "Show … more"', async () => {
      const el = await finder(html`<occ-finder src=${LARGE}></occ-finder>`);
      const more = root(el).querySelector<HTMLButtonElement>('[part="more"]')!;
      expect(clean(more)).to.match(/^Show [\d,]+ more$/);
      more.click();
      await el.updateComplete;
      expect(root(el).querySelectorAll('tbody tr').length).to.equal(el.results.length);
    });
  });

  it('writes its texts in Spanish under lang="es"', async () => {
    const el = await finder(html`<occ-finder src=${INDEX} lang="es" query="nurse"></occ-finder>`);
    expect(status(el)).to.equal('Coinciden 2 ocupaciones.');
    expect(clean(root(el).querySelector('label[for="q"]')!)).to.equal(
      'Buscar por título o código SOC',
    );
  });
});
