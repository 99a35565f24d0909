import { expect, fixture, fixtureCleanup, html, oneEvent } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import '../../src/elements/similar/similar.js';
import { OccSortChangeEvent, type OccSimilar } from '../../src/elements/similar/similar.js';
import type { OccupationProfile } from '../../src/data/types.js';
import {
  atWidth,
  countErrors,
  countedUrl,
  expectNoOverflow,
  failed,
  loaded,
  referenceProfile,
  shownText,
  sleep,
  uniqueKey,
} from '../helpers.js';

const REFERENCE = '/data/editions/2019-20/29-2071.json';

/** The reference rows, in data order: title, duties (start), education, pay. */
const SEED = [
  ['Medical transcriptionists', 'Postsecondary nondegree award', '$34,770'],
  ['Medical and health services managers', "Bachelor's degree", '$99,730'],
  ['Information clerks', 'See How to Become One', '$34,520'],
  ['Pharmacy technicians', 'High school diploma or equivalent', '$32,700'],
  ['Medical assistants', 'Postsecondary nondegree award', '$33,610'],
];

async function similar(src = REFERENCE, width = 900) {
  const el = await atWidth<OccSimilar>(width, html`<occ-similar src=${src}></occ-similar>`);
  await loaded(el);
  return el;
}

async function similarWith(data: OccupationProfile, width = 900) {
  const el = await atWidth<OccSimilar>(width, html`<occ-similar .data=${data}></occ-similar>`);
  await loaded(el);
  return el;
}

const root = (el: OccSimilar) => el.shadowRoot!;
const clean = (node: Node) => node.textContent!.replace(/\s+/g, ' ').trim();
const bodyRows = (el: OccSimilar) => [...root(el).querySelectorAll('tbody tr')];
/** The text of a node as assistive technology gets it: without `aria-hidden` parts (card labels). */
const spoken = (node: Node): string =>
  [...node.childNodes]
    .map((child) =>
      child.nodeType === Node.TEXT_NODE
        ? child.textContent
        : child instanceof Element && child.getAttribute('aria-hidden') !== 'true'
          ? spoken(child)
          : '',
    )
    .join('');
/** The value of a cell without its card label. */
const cellValue = (cell: Element) => spoken(cell).replace(/\s+/g, ' ').trim();
const titles = (el: OccSimilar) => bodyRows(el).map((row) => clean(row.querySelector('th')!));
const sortHeader = (el: OccSimilar, key: 'pay' | 'education') =>
  root(el).querySelector<HTMLTableCellElement>(`thead th.${key}`)!;
const sortButton = (el: OccSimilar, key: 'pay' | 'education') =>
  sortHeader(el, key).querySelector('button')!;
const ariaSorts = (el: OccSimilar) =>
  [...root(el).querySelectorAll('thead th')].map((th) => th.getAttribute('aria-sort'));
const status = (el: OccSimilar) => clean(root(el).querySelector('[role="status"]')!);

const BY_PAY = [
  'Pharmacy technicians',
  'Medical assistants',
  'Information clerks',
  'Medical transcriptionists',
  'Medical and health services managers',
];

/** A page with a button before the element, so Tab walks into the element as a reader would. */
async function withButtonBefore(width = 900) {
  const box = await fixture<HTMLDivElement>(
    html`<div style="width: ${width}px">
      <button>before</button><occ-similar src=${REFERENCE}></occ-similar>
    </div>`,
  );
  const el = box.querySelector('occ-similar')!;
  await loaded(el);
  box.querySelector('button')!.focus();
  return el;
}

const focused = (el: OccSimilar) => root(el).activeElement as HTMLElement | null;

describe('<occ-similar>', () => {
  afterEach(async () => {
    fixtureCleanup();
    await emulateMedia({ colorScheme: 'light', reducedMotion: 'no-preference' });
  });

  it('shows the seed page’s rows and values, in data order, in a table with headers', async () => {
    const el = await similar();
    const table = root(el).querySelector('table[part="table"]')!;
    expect(table.getAttribute('role')).to.equal('table');
    expect(cellValue(table.querySelector('caption[part="title"]')!)).to.equal(
      'Similar occupations to Medical Records and Health Information Technicians Column headers with buttons are sortable.',
    );
    const headers = [...table.querySelectorAll('thead th')];
    expect(headers.map((th) => clean(th))).to.deep.equal([
      'Occupation',
      'Job Duties',
      'Entry-Level Education',
      '2018 Median Pay',
    ]);
    expect(headers.every((th) => th.getAttribute('scope') === 'col')).to.equal(true);
    expect(headers.every((th) => th.getAttribute('role') === 'columnheader')).to.equal(true);
    expect(ariaSorts(el)).to.deep.equal([null, null, null, null]);
    const rows = bodyRows(el);
    expect(
      rows.map((row) => [row.querySelector('th')!, ...row.querySelectorAll('td')].length),
    ).to.deep.equal([4, 4, 4, 4, 4]);
    expect(
      rows.map((row) => {
        const [, education, pay] = [...row.querySelectorAll('td')];
        return [clean(row.querySelector('th')!), cellValue(education!), cellValue(pay!)];
      }),
    ).to.deep.equal(SEED);
    expect(cellValue(rows[0]!.querySelector('td.duties')!)).to.equal(
      'Medical transcriptionists listen to voice recordings that physicians and other healthcare workers make and convert them into written reports.',
    );
    for (const row of rows) {
      expect(row.getAttribute('role')).to.equal('row');
      expect(row.querySelector('th')!.getAttribute('scope')).to.equal('row');
      expect(row.querySelector('th')!.getAttribute('role')).to.equal('rowheader');
      expect([...row.querySelectorAll('td')].map((td) => td.getAttribute('role'))).to.deep.equal([
        'cell',
        'cell',
        'cell',
      ]);
    }
    await expect(el).to.be.accessible();
  });

  it('links each title to its https OOH page', async () => {
    const el = await similar();
    const links = [...root(el).querySelectorAll<HTMLAnchorElement>('tbody th a[part="link"]')];
    expect(links.map((a) => a.textContent!.trim())).to.deep.equal(SEED.map(([title]) => title));
    expect(links.map((a) => a.href)).to.deep.equal([
      'https://www.bls.gov/ooh/healthcare/medical-transcriptionists.htm',
      'https://www.bls.gov/ooh/management/medical-and-health-services-managers.htm',
      'https://www.bls.gov/ooh/office-and-administrative-support/information-clerks.htm',
      'https://www.bls.gov/ooh/healthcare/pharmacy-technicians.htm',
      'https://www.bls.gov/ooh/healthcare/medical-assistants.htm',
    ]);
  });

  it('sorts by pay ascending, then descending, with the keyboard alone', async () => {
    const el = await withButtonBefore();
    await sendKeys({ press: 'Tab' });
    expect(focused(el)).to.equal(sortButton(el, 'education'));
    await sendKeys({ press: 'Tab' });
    expect(focused(el)).to.equal(sortButton(el, 'pay'));
    expect(focused(el)!.getAttribute('part')).to.equal('sort-button');

    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(ariaSorts(el)).to.deep.equal([null, null, null, 'ascending']);
    expect(titles(el)).to.deep.equal(BY_PAY);
    expect(el.sort).to.equal('pay');
    expect(el.getAttribute('sort')).to.equal('pay');
    expect(status(el)).to.equal('Sorted by median pay, lowest first.');
    expect(focused(el), 'focus stays on the button').to.equal(sortButton(el, 'pay'));

    await sendKeys({ press: 'Space' });
    await el.updateComplete;
    expect(ariaSorts(el)).to.deep.equal([null, null, null, 'descending']);
    expect(titles(el)).to.deep.equal([...BY_PAY].reverse());
    expect(el.getAttribute('sort')).to.equal('-pay');
    expect(status(el)).to.equal('Sorted by median pay, highest first.');
    await expect(el).to.be.accessible();
  });

  it('sorts by education both ways, "See How to Become One" last both times, ties in data order', async () => {
    const el = await withButtonBefore();
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(ariaSorts(el)).to.deep.equal([null, null, 'ascending', null]);
    expect(titles(el)).to.deep.equal([
      'Pharmacy technicians',
      'Medical transcriptionists',
      'Medical assistants',
      'Medical and health services managers',
      'Information clerks',
    ]);
    expect(status(el)).to.equal('Sorted by entry-level education, lowest level first.');

    await sendKeys({ press: 'Space' });
    await el.updateComplete;
    expect(ariaSorts(el)).to.deep.equal([null, null, 'descending', null]);
    expect(titles(el)).to.deep.equal([
      'Medical and health services managers',
      'Medical transcriptionists',
      'Medical assistants',
      'Pharmacy technicians',
      'Information clerks',
    ]);
    expect(el.getAttribute('sort')).to.equal('-education');

    // Then pay: the pay header takes aria-sort, the education header loses it.
    sortButton(el, 'pay').click();
    await el.updateComplete;
    expect(ariaSorts(el)).to.deep.equal([null, null, null, 'ascending']);
  });

  it('shows a shape for the sort state, not only a colour', async () => {
    const el = await similar();
    const shape = (key: 'pay' | 'education') =>
      sortHeader(el, key).querySelector('svg.indicator path')!.getAttribute('d');
    const unsorted = shape('pay');
    expect(shape('education')).to.equal(unsorted);
    sortButton(el, 'pay').click();
    await el.updateComplete;
    const ascending = shape('pay');
    sortButton(el, 'pay').click();
    await el.updateComplete;
    const descending = shape('pay');
    expect(new Set([unsorted, ascending, descending]).size).to.equal(3);
    const indicator = sortHeader(el, 'pay').querySelector('svg.indicator')!;
    expect(indicator.getAttribute('aria-hidden')).to.equal('true');
    expect(indicator.getBoundingClientRect().width).to.be.above(8);
  });

  it('fires occ-sort-change with the new sort, once the new order shows', async () => {
    const el = await similar();
    setTimeout(() => sortButton(el, 'pay').click());
    const event = (await oneEvent(el, 'occ-sort-change')) as OccSortChangeEvent;
    expect(event).to.be.instanceOf(OccSortChangeEvent);
    expect(event.detail).to.deep.equal({ sort: 'pay' });
    expect(event.bubbles).to.equal(true);
    expect(event.composed).to.equal(true);
    expect(titles(el)).to.deep.equal(BY_PAY);

    const seen: string[] = [];
    document.addEventListener('occ-sort-change', (e) => seen.push(e.detail.sort), { once: true });
    sortButton(el, 'pay').click();
    await el.updateComplete;
    await sleep(0);
    expect(seen).to.deep.equal(['-pay']);
  });

  it('sorts by the sort attribute the page sets, without an event or an announcement', async () => {
    const el = await atWidth<OccSimilar>(
      900,
      html`<occ-similar src=${REFERENCE} sort="-pay"></occ-similar>`,
    );
    const events: Event[] = [];
    el.addEventListener('occ-sort-change', (event) => events.push(event));
    await loaded(el);
    expect(titles(el)).to.deep.equal([...BY_PAY].reverse());
    expect(ariaSorts(el)).to.deep.equal([null, null, null, 'descending']);

    el.setAttribute('sort', 'education');
    await el.updateComplete;
    expect(el.sort).to.equal('education');
    expect(titles(el)[4]).to.equal('Information clerks');
    expect(ariaSorts(el)).to.deep.equal([null, null, 'ascending', null]);

    el.sort = undefined;
    await el.updateComplete;
    expect(el.hasAttribute('sort')).to.equal(false);
    expect(titles(el)).to.deep.equal(SEED.map(([title]) => title));
    expect(ariaSorts(el)).to.deep.equal([null, null, null, null]);

    el.setAttribute('sort', 'salary');
    await el.updateComplete;
    expect(titles(el)).to.deep.equal(SEED.map(([title]) => title));
    expect(ariaSorts(el)).to.deep.equal([null, null, null, null]);

    expect(events).to.have.length(0);
    expect(status(el)).to.equal('');
  });

  it('makes a link only from an http(s) URL: a javascript: URL shows the title as text', async () => {
    const data = await referenceProfile();
    data.similar![0]!.url = 'javascript:alert(1)';
    data.similar![1]!.url = ' JavaScript:alert(1)';
    data.similar![2]!.url = 'data:text/html,<script>alert(1)</script>';
    delete data.similar![3]!.url;
    data.similar![4]!.url = '/ooh/healthcare/medical-assistants.htm';
    const el = await similarWith(data);
    const links = [...root(el).querySelectorAll<HTMLAnchorElement>('a')];
    expect(links).to.have.length(1);
    expect(links[0]!.textContent!.trim()).to.equal('Medical assistants');
    expect(links[0]!.href).to.equal(
      new URL('/ooh/healthcare/medical-assistants.htm', location.href).href,
    );
    expect(titles(el)).to.deep.equal(SEED.map(([title]) => title));
    expect(shownText(el)).not.to.contain('javascript');
  });

  it('shows markup in the data as text and creates no element from it', async () => {
    const data = await referenceProfile();
    const evil = '<img src=x onerror=alert(1)>';
    data.similar![0]!.title = `Clerks ${evil}`;
    data.similar![0]!.duties = evil;
    data.similar![1]!.entryLevelEducation = evil;
    data.occupation.title = `Techs ${evil}`;
    const el = await similarWith(data);
    expect(root(el).querySelector('img')).to.equal(null);
    expect(document.querySelector('img')).to.equal(null);
    expect(titles(el)[0]).to.equal(`Clerks ${evil}`);
    expect(cellValue(bodyRows(el)[0]!.querySelector('td.duties')!)).to.equal(evil);
    expect(cellValue(bodyRows(el)[1]!.querySelector('td.education')!)).to.equal(evil);
    expect(clean(root(el).querySelector('caption')!)).to.contain(`Techs ${evil}`);
    // Unknown education sorts last.
    sortButton(el, 'education').click();
    await el.updateComplete;
    expect(titles(el).slice(-2)).to.deep.equal([
      'Medical and health services managers',
      'Information clerks',
    ]);
  });

  it('shows "Not available" for a row without pay, last in both directions, and top-coded pay', async () => {
    const data = await referenceProfile();
    delete data.similar![0]!.medianPay;
    data.similar![1]!.medianPay = { atLeast: 208000 };
    const el = await similarWith(data);
    const pay = (title: string) =>
      cellValue(
        bodyRows(el)
          .find((row) => clean(row.querySelector('th')!) === title)!
          .querySelector('td.pay')!,
      );
    expect(pay('Medical transcriptionists')).to.equal('Not available');
    expect(pay('Medical and health services managers')).to.equal('$208,000 or more');
    sortButton(el, 'pay').click();
    await el.updateComplete;
    expect(titles(el)).to.deep.equal([
      'Pharmacy technicians',
      'Medical assistants',
      'Information clerks',
      'Medical and health services managers',
      'Medical transcriptionists',
    ]);
    sortButton(el, 'pay').click();
    await el.updateComplete;
    expect(titles(el)).to.deep.equal([
      'Medical and health services managers',
      'Information clerks',
      'Medical assistants',
      'Pharmacy technicians',
      'Medical transcriptionists',
    ]);
  });

  it('formats pay for the nearest lang', async () => {
    const box = await fixture(
      html`<div lang="de-DE"><occ-similar src=${REFERENCE}></occ-similar></div>`,
    );
    const el = box.querySelector('occ-similar')!;
    await loaded(el);
    expect(cellValue(bodyRows(el)[1]!.querySelector('td.pay')!)).to.match(/^99\.730\s\$$/);
  });

  describe('narrow: stacked cards', () => {
    it('reflows to cards at 320 px: no sideways scrolling, labelled cells, sort buttons focusable', async () => {
      const el = await similar(REFERENCE, 320);
      expect(el.scrollWidth, 'scrollWidth').to.be.at.most(el.clientWidth);
      expectNoOverflow(el);
      const cells = [...root(el).querySelectorAll('tbody th, tbody td')];
      expect(cells.every((cell) => getComputedStyle(cell).display === 'block')).to.equal(true);
      expect(getComputedStyle(root(el).querySelector('tbody tr')!).display).to.equal('grid');
      for (const label of root(el).querySelectorAll<HTMLElement>('tbody .cell-label')) {
        expect(getComputedStyle(label).display).to.equal('block');
        expect(label.getBoundingClientRect().height).to.be.above(0);
        expect(label.getAttribute('aria-hidden')).to.equal('true');
      }
      const labels = [...bodyRows(el)[0]!.querySelectorAll('.cell-label')].map(clean);
      expect(labels).to.deep.equal(['Job Duties', 'Entry-Level Education', '2018 Median Pay']);
      // The table keeps its roles; the sort bar shows, with its buttons.
      expect(root(el).querySelector('table')!.getAttribute('role')).to.equal('table');
      expect(getComputedStyle(root(el).querySelector('.sort-by')!).display).not.to.equal('none');
      for (const key of ['education', 'pay'] as const) {
        const button = sortButton(el, key);
        const box = button.getBoundingClientRect();
        expect(box.width).to.be.above(24);
        expect(box.height).to.be.at.least(24);
        button.focus();
        expect(focused(el)).to.equal(button);
      }
      await expect(el).to.be.accessible();
    });

    it('sorts with the keyboard in card mode', async () => {
      const el = await withButtonBefore(320);
      await sendKeys({ press: 'Tab' });
      await sendKeys({ press: 'Tab' });
      expect(focused(el)).to.equal(sortButton(el, 'pay'));
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(titles(el)).to.deep.equal(BY_PAY);
      expect(sortHeader(el, 'pay').getAttribute('aria-sort')).to.equal('ascending');
      expectNoOverflow(el);
      await expect(el).to.be.accessible();
    });

    it('is a table at 900 px, the card labels and "Sort by" hidden', async () => {
      const el = await similar(REFERENCE, 900);
      expectNoOverflow(el);
      expect(getComputedStyle(root(el).querySelector('table')!).display).to.equal('table');
      expect(getComputedStyle(root(el).querySelector('tbody td')!).display).to.equal('table-cell');
      for (const label of root(el).querySelectorAll('.cell-label, .sort-by')) {
        expect(getComputedStyle(label).display).to.equal('none');
      }
      const header = root(el).querySelector('thead th.occupation')!.getBoundingClientRect();
      expect(header.width).to.be.above(100);
    });

    for (const width of [240, 320, 480, 600, 768, 1200]) {
      it(`fits ${width} px with no overflow`, async () => {
        const el = await similar(REFERENCE, width);
        expectNoOverflow(el);
        el.sort = '-education';
        await el.updateComplete;
        expectNoOverflow(el);
      });
    }
  });

  it('says plainly when the profile has no similar occupations, without an error', async () => {
    const el = await fixture<OccSimilar>(
      html`<occ-similar src="/test/fixtures/title-only.json"></occ-similar>`,
    );
    const errors = countErrors(el);
    await loaded(el);
    expect(root(el).querySelector('[part="empty"]')!.textContent).to.equal(
      'No similar occupations in this profile.',
    );
    expect(root(el).querySelector('table')).to.equal(null);
    expect(errors).to.have.length(0);

    const data = await referenceProfile();
    data.similar = [];
    const none = await similarWith(data);
    expect(root(none).querySelector('[part="empty"]')!.textContent).to.equal(
      'No similar occupations in this profile.',
    );
    expect(root(none).querySelector('table')).to.equal(null);
    await expect(none).to.be.accessible();
  });

  it('shows a placeholder of eight stand-in rows (the median number) with aria-busy while loading, then the data', async () => {
    const el = await atWidth<OccSimilar>(
      900,
      html`<occ-similar
        src=${countedUrl(uniqueKey('similar-busy'), { delay: 400 })}
      ></occ-similar>`,
    );
    expect(el.getAttribute('aria-busy')).to.equal('true');
    const placeholder = root(el).querySelector('[part="placeholder"]')!;
    expect(placeholder.querySelector('.stand-in')!.getAttribute('aria-hidden')).to.equal('true');
    expect(placeholder.querySelectorAll('tbody tr')).to.have.length(8);
    expect(clean(placeholder.querySelector('.visually-hidden')!)).to.equal(
      'Loading occupation profile…',
    );
    const before = el.getBoundingClientRect().height;
    await expect(el).to.be.accessible();
    await loaded(el);
    expect(el.hasAttribute('aria-busy')).to.equal(false);
    expect(root(el).querySelector('[part="placeholder"]')).to.equal(null);
    // The placeholder is the median table (eight rows), not this profile's five: its height is
    // held against 50 sampled profiles in placeholder-heights.test.ts.
    expect(before).to.be.greaterThan(el.getBoundingClientRect().height);
  });

  it('shows an error with role="alert" and fires occ-error', async () => {
    const el = await fixture<OccSimilar>(
      html`<occ-similar src="/__fixtures/status/404"></occ-similar>`,
    );
    const event = await failed(el);
    expect(event.detail.error.message).to.match(/404/);
    expect(root(el).querySelector('[role="alert"][part="error"]')).to.exist;
  });

  it('turns off its transitions under prefers-reduced-motion', async () => {
    await emulateMedia({ reducedMotion: 'reduce' });
    const el = await similar();
    const duration = getComputedStyle(sortButton(el, 'pay')).transitionDuration;
    expect(duration.split(',').every((d) => parseFloat(d) === 0)).to.equal(true);
  });

  for (const scheme of ['light', 'dark'] as const) {
    for (const width of [320, 900]) {
      it(`passes axe in every state, ${scheme} scheme, ${width} px`, async () => {
        await emulateMedia({ colorScheme: scheme });
        const el = await similar(REFERENCE, width);
        expect(getComputedStyle(el).backgroundColor).to.equal(
          scheme === 'dark' ? 'rgb(21, 25, 31)' : 'rgb(255, 255, 255)',
        );
        await expect(el).to.be.accessible();
        sortButton(el, 'education').click();
        await el.updateComplete;
        await expect(el).to.be.accessible();
        sortButton(el, 'education').click();
        await el.updateComplete;
        await expect(el).to.be.accessible();
        const loading = await atWidth<OccSimilar>(
          width,
          html`<occ-similar
            src=${countedUrl(uniqueKey('similar-axe'), { delay: 1000 })}
          ></occ-similar>`,
        );
        await expect(loading).to.be.accessible();
        const broken = await atWidth<OccSimilar>(
          width,
          html`<occ-similar src="/__fixtures/status/500"></occ-similar>`,
        );
        await failed(broken);
        await expect(broken).to.be.accessible();
        const empty = await similar('/test/fixtures/title-only.json', width);
        await expect(empty).to.be.accessible();
      });
    }
  }
});
