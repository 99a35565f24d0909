import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import '../../src/elements/compare/compare.js';
import type { OccCompare } from '../../src/elements/compare/compare.js';
import {
  OccCompareChangeEvent,
  type OccCompareLoadDetail,
  type OccLoadEvent,
} from '../../src/core/events.js';
import type { OccDataError } from '../../src/data/errors.js';
import type { OccErrorEvent } from '../../src/core/events.js';
import type { OccupationProfile } from '../../src/data/types.js';
import { atWidth, expectNoOverflow, requestsFor, uniqueKey } from '../helpers.js';

const DIR = '/test/fixtures/profiles';
const NURSES = `${DIR}/registered-nurses.json`;
const ELECTRICIANS = `${DIR}/electricians.json`;
const CASHIERS = `${DIR}/cashiers.json`;
const ACTORS = `${DIR}/actors.json`;
const DATA = `${DIR}/data-scientists.json`;
const INDEX = '/test/fixtures/index.json';

const read = async (url: string): Promise<OccupationProfile> => (await fetch(url)).json();

async function shown(el: OccCompare) {
  const sources = [...new Set((el.src ?? '').split(/\s+/).filter(Boolean))].slice(0, 4);
  if (el.profiles.length < sources.length) await oneEvent(el, 'occ-load');
  await el.updateComplete;
  return el;
}

async function compare(src: string, width = 900, extra = '') {
  const el = await atWidth<OccCompare>(width, html`<occ-compare src=${src}></occ-compare>`);
  if (extra) el.setAttribute('index', extra);
  return shown(el);
}

const root = (el: OccCompare) => el.shadowRoot!;
const clean = (node: Node) => node.textContent!.replace(/\s+/g, ' ').trim();
/** The column headers' titles (without their Remove buttons). */
const columns = (el: OccCompare) =>
  [...root(el).querySelectorAll('thead th')].map((th) => clean(th.querySelector('a') ?? th));
/** A cell's value, without the occupation's name that labels it on a narrow container. */
const value = (td: Element) =>
  [...td.childNodes]
    .filter((node) => node.nodeType !== Node.COMMENT_NODE)
    .filter((node) => !(node instanceof Element && node.classList.contains('who')))
    .map((node) => node.textContent)
    .join(' ')
    .replace(/\s+/g, ' ')
    .trim();
/** A row's values by its header's text. */
const row = (el: OccCompare, header: string) => {
  const tr = [...root(el).querySelectorAll('tbody tr')].find((r) =>
    clean(r.querySelector('th')!).startsWith(header),
  );
  return [...tr!.querySelectorAll('td')].map(value);
};

describe('<occ-compare>', () => {
  it('shows the occupations of src side by side, in the order given', async () => {
    const el = await compare(`${ELECTRICIANS} ${NURSES}`);
    expect(columns(el)).to.deep.equal(['Electricians', 'Registered Nurses']);
    expect(row(el, '2024 Median Pay')).to.deep.equal([
      '$62,350 per year $29.98 per hour',
      '$93,600 per year $45.00 per hour',
    ]);
    expect(row(el, 'Typical Entry-Level Education')).to.deep.equal([
      'High school diploma or equivalent',
      "Bachelor's degree",
    ]);
    expect(row(el, 'On-the-job Training')).to.deep.equal(['Apprenticeship', 'None']);
    expect(row(el, 'Job Outlook, 2024–\u206034')).to.deep.equal([
      '9% (Much faster than average)',
      '5% (Faster than average)',
    ]);
    expect(row(el, 'Employment Change')).to.deep.equal(['77,400', '166,100']);
    await expect(el).to.be.accessible();
  });

  it('fires occ-load once with every profile, in order', async () => {
    const el = await atWidth<OccCompare>(
      900,
      html`<occ-compare src=${`${CASHIERS} ${DATA}`}></occ-compare>`,
    );
    const event = (await oneEvent(el, 'occ-load')) as OccLoadEvent<OccCompareLoadDetail>;
    expect(event.detail.profiles.map((p) => p.occupation.title)).to.deep.equal([
      'Cashiers',
      'Data Scientists',
    ]);
    expect(event.detail.src).to.deep.equal([
      new URL(CASHIERS, location.href).href,
      new URL(DATA, location.href).href,
    ]);
  });

  it('says "Not available" for a missing value', async () => {
    // Actors: hourly pay only, and no percentiles but the median: no annual figures.
    const el = await compare(`${ACTORS} ${NURSES}`);
    expect(row(el, '2024 Median Pay')[0]).to.equal('$23.33 per hour');
    expect(row(el, '10th percentile')).to.deep.equal(['Not available', '$66,030']);
    expect(row(el, '25th percentile')).to.deep.equal(['Not available', 'Not available']);
    const pay = root(el).querySelector('[part="pay-chart"]')!;
    expect(clean(pay.querySelector('desc')!)).to.contain('Actors (highlighted): Not available.');
    expect([...pay.querySelectorAll('text.missing')].map(clean)).to.deep.equal(['Not available']);
    await expect(el).to.be.accessible();
  });

  it('draws every pay on one shared scale, from zero, with nice ticks', async () => {
    const el = await compare(`${NURSES} ${CASHIERS} ${ELECTRICIANS}`);
    const pay = root(el).querySelector<SVGSVGElement>('[part="pay-chart"]')!;
    const ticks = [...pay.querySelectorAll('.tick')].map(clean);
    expect(ticks[0]).to.equal('$0');
    // Registered nurses' 90th percentile, $135,320, is the highest: the scale ends past it, on a round figure.
    expect(ticks.at(-1)).to.equal('$140,000');
    const medians = [...pay.querySelectorAll<SVGPathElement>('.median')].map(
      (path) => path.getBoundingClientRect().left + path.getBoundingClientRect().width / 2,
    );
    const zero = pay.querySelector('.grid')!.getBoundingClientRect().left;
    const last = [...pay.querySelectorAll('.grid')].at(-1)!.getBoundingClientRect().left;
    const at = (value: number) => zero + ((last - zero) * value) / 140000;
    const wanted = [93600, 31190, 62350];
    medians.forEach((x, i) => expect(x).to.be.closeTo(at(wanted[i]!), 1.5));
    expect(pay.getAttribute('role')).to.equal('img');
    expect(clean(pay.querySelector('desc')!)).to.contain(
      'Registered Nurses (highlighted): 10th percentile $66,030, Median $93,600, 90th percentile $135,320.',
    );
  });

  it('shows the hourly percentiles when basis="hourly"', async () => {
    // Actors and cashiers: BLS gives their wages hourly only; the annual chart has nothing of theirs.
    const el = await compare(`${ACTORS} ${CASHIERS}`);
    const [actors, cashiers] = await Promise.all([read(ACTORS), read(CASHIERS)]);
    expect(row(el, '10th percentile')).to.deep.equal(['Not available', 'Not available']);
    el.basis = 'hourly';
    await el.updateComplete;
    expect(el.getAttribute('basis')).to.equal('hourly');
    const hourly = (p: OccupationProfile, key: 'p10' | 'p90') =>
      `$${(p.pay!.percentiles!.hourly![key] as number).toFixed(2)}`;
    expect(row(el, '10th percentile (hourly pay)')).to.deep.equal([
      hourly(actors, 'p10'),
      hourly(cashiers, 'p10'),
    ]);
    expect(row(el, '90th percentile (hourly pay)')).to.deep.equal([
      hourly(actors, 'p90'),
      hourly(cashiers, 'p90'),
    ]);
    const pay = root(el).querySelector<SVGSVGElement>('[part="pay-chart"]')!;
    expect(clean(pay.querySelector('title')!)).to.match(/^Hourly pay: 10th, 25th, median/);
    expect(clean(pay.querySelector('desc')!)).to.contain(
      'Actors (highlighted): 10th percentile $14.00, Median $23.33, 90th percentile $97.19.',
    );
    expect(pay.querySelectorAll('.median').length).to.equal(2);
    expect(pay.querySelectorAll('text.missing').length).to.equal(0);
    // The scale is in dollars per hour: actors' 90th percentile, $97.19, is the highest.
    expect([...pay.querySelectorAll('.tick')].map(clean).at(-1)).to.equal('$100');
    await expect(el).to.be.accessible();
  });

  it('says "Not available" for an occupation without hourly wages when basis="hourly"', async () => {
    const el = await atWidth<OccCompare>(
      900,
      html`<occ-compare basis="hourly" src=${`${NURSES} ${CASHIERS}`}></occ-compare>`,
    );
    await shown(el);
    // Nurses: annual percentiles only; the hourly median is in their quick facts.
    expect(row(el, '10th percentile (hourly pay)')).to.deep.equal(['Not available', '$11.09']);
    const pay = root(el).querySelector('[part="pay-chart"]')!;
    expect(clean(pay.querySelector('desc')!)).to.contain(
      'Registered Nurses (highlighted): Median $45.00.',
    );
    expect(clean(pay.querySelector('desc')!)).to.contain(
      'Cashiers: 10th percentile $11.09, Median $14.99, 90th percentile $18.37.',
    );
    await expect(el).to.be.accessible();
  });

  it('highlights one occupation by pattern and label, not by colour alone', async () => {
    const el = await compare(`${NURSES} ${CASHIERS}`);
    el.highlight = CASHIERS;
    await el.updateComplete;
    const change = root(el).querySelector('[part="change-chart"]')!;
    const highlighted = [...change.querySelectorAll('.row.highlighted')];
    expect(highlighted.length).to.equal(1);
    expect(clean(highlighted[0]!.querySelector('.label')!)).to.equal('Cashiers (highlighted)');
    expect(getComputedStyle(highlighted[0]!.querySelector('.bar')!).fill).to.contain('url(');
    const other = change.querySelector('.row:not(.highlighted) .bar')!;
    expect(getComputedStyle(other).fill).to.not.contain('url(');
  });

  it('draws the projected change around zero: a decline left of it, growth right', async () => {
    const el = await compare(`${NURSES} ${CASHIERS}`);
    const change = root(el).querySelector('[part="change-chart"]')!;
    const zero = change.querySelector('.zero')!.getBoundingClientRect().left;
    const [nurses, cashiers] = [...change.querySelectorAll('.bar')].map((bar) =>
      bar.getBoundingClientRect(),
    );
    expect(nurses!.left).to.be.closeTo(zero, 1);
    expect(cashiers!.right).to.be.closeTo(zero, 1);
    expect(cashiers!.width).to.be.greaterThan(nurses!.width); // -10% against 5%
    expect([...change.querySelectorAll('.value')].map(clean)).to.deep.equal(['5%', '-10%']);
  });

  it('fits a narrow container: wrapped labels, nothing wider than the element', async () => {
    const el = await compare(
      `${DIR}/nurse-anesthetists-nurse-midwives-and-nurse-practitioners.json ${CASHIERS}`,
      320,
    );
    expectNoOverflow(el);
    await expect(el).to.be.accessible();
  });

  it('makes one request per URL, shared with other elements', async () => {
    const key = uniqueKey('compare');
    const src = `/__fixtures/profile?key=${key}&delay=50&file=test/fixtures/profiles/electricians.json`;
    const box = await fixture<HTMLDivElement>(
      html`<div>
        <occ-compare src=${`${src} ${NURSES}`}></occ-compare>
        <occ-compare src=${`${NURSES} ${src}`}></occ-compare>
      </div>`,
    );
    await Promise.all([...box.querySelectorAll('occ-compare')].map((el) => shown(el)));
    expect((await requestsFor(key)).hits).to.equal(1);
  });

  describe('picking from the index', () => {
    it('adds an occupation from the menu, at the end, and fires occ-compare-change', async () => {
      const el = await compare(`${NURSES} ${CASHIERS}`, 900, INDEX);
      await el.updateComplete;
      const select = await waitFor(el, '#pick');
      const electricians = [...(select as HTMLSelectElement).options].find(
        (option) => clean(option) === 'Electricians',
      )!;
      expect([...(select as HTMLSelectElement).options].map(clean)).to.not.include('Cashiers');
      (select as HTMLSelectElement).value = electricians.value;
      setTimeout(() => root(el).querySelector<HTMLButtonElement>('.add')!.click());
      const event = (await oneEvent(el, 'occ-compare-change')) as OccCompareChangeEvent;
      expect(event).to.be.instanceOf(OccCompareChangeEvent);
      expect(event.detail.src.map((src) => new URL(src, location.href).pathname)).to.deep.equal([
        NURSES,
        CASHIERS,
        ELECTRICIANS,
      ]);
      await shown(el);
      expect(columns(el)).to.deep.equal(['Registered Nurses', 'Cashiers', 'Electricians']);
      expect(clean(root(el).querySelector('[role="status"]')!)).to.equal('Electricians added.');
      await expect(el).to.be.accessible();
    });

    it('removes an occupation, keeps the order of the others, and moves focus to a Remove button', async () => {
      const el = await compare(`${NURSES} ${CASHIERS} ${ELECTRICIANS}`, 900, INDEX);
      const remove = root(el).querySelectorAll<HTMLButtonElement>('thead .remove')[1]!;
      remove.focus();
      setTimeout(() => remove.click());
      const event = (await oneEvent(el, 'occ-compare-change')) as OccCompareChangeEvent;
      expect(event.detail.src).to.deep.equal([NURSES, ELECTRICIANS]);
      expect(el.getAttribute('src')).to.equal(`${NURSES} ${ELECTRICIANS}`);
      expect(columns(el)).to.deep.equal(['Registered Nurses', 'Electricians']);
      expect(root(el).activeElement?.classList.contains('remove')).to.equal(true);
      expect(clean(root(el).querySelector('[role="status"]')!)).to.equal('Cashiers removed.');
    });

    it('shows at most four, and says so instead of the menu', async () => {
      const el = await compare(
        `${NURSES} ${CASHIERS} ${ELECTRICIANS} ${ACTORS} ${DATA}`,
        900,
        INDEX,
      );
      await el.updateComplete;
      expect(columns(el)).to.deep.equal([
        'Registered Nurses',
        'Cashiers',
        'Electricians',
        'Actors',
      ]);
      expect(root(el).querySelector('#pick')).to.equal(null);
      expect(clean(root(el).querySelector('[part="picker"]')!)).to.contain('Four occupations');
      await expect(el).to.be.accessible();
    });

    it('starts from the index alone and works with the keyboard', async () => {
      const el = await fixture<OccCompare>(html`<occ-compare index=${INDEX}></occ-compare>`);
      const select = (await waitFor(el, '#pick')) as HTMLSelectElement;
      await expect(el).to.be.accessible();
      select.focus();
      // Type-ahead picks an option by its first letters, as readers do in a closed menu.
      await sendKeys({ type: 'Dat' });
      expect(clean(select.selectedOptions[0]!)).to.equal('Data Scientists');
      await sendKeys({ press: 'Tab' });
      expect(root(el).activeElement?.classList.contains('add')).to.equal(true);
      const changed = oneEvent(el, 'occ-compare-change');
      await sendKeys({ press: 'Enter' });
      await changed;
      await shown(el);
      expect(columns(el)).to.deep.equal(['Data Scientists']);
      expect(clean(root(el).querySelector('caption')!)).to.contain('add another');
      await expect(el).to.be.accessible();
    });
  });

  it('shows a placeholder while loading', async () => {
    const key = uniqueKey('compare-slow');
    const slow = (name: string) =>
      `/__fixtures/profile?key=${key}-${name}&delay=300&file=test/fixtures/profiles/${name}.json`;
    const el = await atWidth<OccCompare>(
      900,
      html`<occ-compare src=${`${slow('electricians')} ${slow('cashiers')}`}></occ-compare>`,
    );
    await el.updateComplete;
    expect(el.getAttribute('aria-busy')).to.equal('true');
    expect(root(el).querySelector('[part="placeholder"]')).to.not.equal(null);
    await expect(el).to.be.accessible();
    await shown(el);
    expect(el.hasAttribute('aria-busy')).to.equal(false);
    expect(columns(el)).to.deep.equal(['Electricians', 'Cashiers']);
  });

  it('shows a failed occupation as a plain message with occ-error, and the others still', async () => {
    // Listened for before the element exists: the failure can arrive before it first renders.
    const failed = new Promise<OccErrorEvent>((resolve) =>
      document.addEventListener('occ-error', resolve, { once: true }),
    );
    const el = await atWidth<OccCompare>(
      900,
      html`<occ-compare src=${`${NURSES} /__fixtures/status/500`}></occ-compare>`,
    );
    const event = await failed;
    await el.updateComplete;
    expect((event.detail.error as OccDataError).kind).to.equal('http');
    expect(event.detail.src).to.equal(new URL('/__fixtures/status/500', location.href).href);
    const alert = root(el).querySelector('[role="alert"]')!;
    expect(clean(alert)).to.contain('An occupation could not be shown');
    expect(clean(alert)).to.contain('HTTP 500');
    expect(columns(el)).to.deep.equal(['Registered Nurses']);
    await expect(el).to.be.accessible();
  });

  it('prints four occupations on one page (US Letter, 0.5 in margins), without its buttons', async () => {
    // The printable area of a Letter page at 96 px per inch: 7.5 in by 10 in.
    const el = await compare(`${NURSES} ${CASHIERS} ${ELECTRICIANS} ${ACTORS}`, 720, INDEX);
    await emulateMedia({ media: 'print' });
    try {
      await new Promise((resolve) => requestAnimationFrame(resolve));
      await new Promise((resolve) => setTimeout(resolve, 50)); // the charts follow the new width
      await el.updateComplete;
      const height = el.getBoundingClientRect().height;
      console.log(`printed height: ${Math.round(height)} px`);
      expect(height).to.be.at.most(960);
      const remove = root(el).querySelector('.remove')!;
      expect(getComputedStyle(remove).display).to.equal('none');
    } finally {
      await emulateMedia({ media: 'screen' });
    }
  });

  it('asks for src or index when it has neither', async () => {
    const el = await fixture<OccCompare>(html`<occ-compare></occ-compare>`);
    expect(clean(root(el).querySelector('[part="notice"]')!)).to.contain('src attribute');
    await expect(el).to.be.accessible();
  });

  it('writes its texts in Spanish under lang="es"', async () => {
    const el = await atWidth<OccCompare>(
      900,
      html`<occ-compare lang="es" src=${`${NURSES} ${CASHIERS}`}></occ-compare>`,
    );
    await shown(el);
    expect(clean(root(el).querySelector('caption')!)).to.equal('2 ocupaciones lado a lado');
    expect(clean(root(el).querySelector('.remove')!)).to.contain('Quitar');
  });

  it('checks its figures against the profiles', async () => {
    const el = await compare(`${DATA} ${ELECTRICIANS}`);
    const [data, electricians] = await Promise.all([read(DATA), read(ELECTRICIANS)]);
    expect(row(el, 'Number of Jobs')).to.deep.equal(
      [data, electricians].map((p) => p.quickFacts!.jobs!.count!.toLocaleString('en-US')),
    );
    expect(row(el, 'Openings per year')).to.deep.equal(
      [data, electricians].map((p) => p.outlook!.openingsPerYear!.toLocaleString('en-US')),
    );
  });
});

/** Resolves with the element's `selector` once it is rendered. */
async function waitFor(el: OccCompare, selector: string): Promise<Element> {
  for (let i = 0; i < 100; i += 1) {
    await el.updateComplete;
    const found = root(el).querySelector(selector);
    if (found) return found;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  throw new Error(`${selector} not rendered`);
}
