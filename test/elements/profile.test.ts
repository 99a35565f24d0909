import { expect, fixture, fixtureCleanup, html, oneEvent } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import '../../src/elements/profile/profile.js';
import '../../src/elements/quick-facts/quick-facts.js';
import type { OccProfile } from '../../src/elements/profile/profile.js';
import type { OccElement } from '../../src/core/occ-element.js';
import {
  atWidth,
  countedUrl,
  deepText,
  loaded,
  referenceProfile,
  requestsFor,
  uniqueKey,
} from '../helpers.js';

const REFERENCE = '/data/editions/2019-20/29-2071.json';

async function profileAt(width = 1000, src = REFERENCE) {
  const el = await atWidth<OccProfile>(width, html`<occ-profile src=${src}></occ-profile>`);
  await loaded(el);
  return el;
}

const tabs = (el: OccProfile) => [
  ...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('[role="tab"]'),
];
const selectedTab = (el: OccProfile) =>
  el.shadowRoot!.querySelector('[role="tab"][aria-selected="true"]')!;
const panel = (el: OccProfile, id: string) => el.shadowRoot!.getElementById(`panel-${id}`)!;

/** Waits until every element composed in the profile has rendered. */
async function settled(el: OccProfile) {
  await el.updateComplete;
  const inner = [...el.shadowRoot!.querySelectorAll<OccElement>('.embedded')];
  await Promise.all(inner.map((child) => child.updateComplete));
}

async function choose(el: OccProfile, id: string) {
  el.shadowRoot!.querySelector<HTMLButtonElement>(`#tab-${id}`)!.click();
  await settled(el);
}

/** For each tab: a sentence and a number from the seed page that the tab must show. */
const SEED: [tab: string, sentence: string, figure: string][] = [
  [
    'summary',
    'Medical records and health information technicians organize and manage health information data.',
    '$40,350 per year',
  ],
  [
    'what-they-do',
    'Maintain confidentiality of patients’ records',
    'Track patient outcomes for quality assessment',
  ],
  ['work-environment', 'Most health information technicians work full time.', '34%'],
  [
    'how-to-become-one',
    'Certifications include the Registered Health Information Technician (RHIT)',
    'Detail oriented.',
  ],
  [
    'pay',
    'The median wage is the wage at which half the workers in an occupation earned more than that amount',
    '$26,550',
  ],
  ['job-outlook', 'Cancer registrars are expected to continue to be in high demand.', '238,600'],
  [
    'state-and-area',
    'All state projections data are available at www.projectionscentral.com.',
    'over 800 occupations',
  ],
  [
    'similar-occupations',
    'This table shows a list of occupations with job duties that are similar',
    '$99,730',
  ],
  [
    'more-information',
    'For more information about cancer registrars, visit',
    'National Cancer Registrars Association',
  ],
];

describe('<occ-profile>', () => {
  afterEach(async () => {
    fixtureCleanup();
    await emulateMedia({ colorScheme: 'light', media: 'screen' });
    history.replaceState(null, '', location.pathname + location.search);
  });

  it('shows the title, SOC code and summary, then the OOH’s nine tabs in order', async () => {
    const el = await profileAt();
    const header = el.shadowRoot!.querySelector('[part="header"]')!;
    expect(header.querySelector('h2')!.textContent!.trim()).to.equal(
      'Medical Records and Health Information Technicians',
    );
    expect(deepText(header)).to.contain('SOC code: 29-2071');
    expect(tabs(el).map((tab) => tab.textContent!.trim())).to.deep.equal([
      'Summary',
      'What They Do',
      'Work Environment',
      'How to Become One',
      'Pay',
      'Job Outlook',
      'State & Area Data',
      'Similar Occupations',
      'More Information',
    ]);
    expect(selectedTab(el).id).to.equal('tab-summary');
    await expect(el).to.be.accessible();
  });

  for (const [tab, sentence, figure] of SEED) {
    it(`shows the seed’s ${tab} tab`, async () => {
      const el = await profileAt();
      await choose(el, tab);
      const shown = panel(el, tab);
      expect(shown.hidden).to.equal(false);
      const text = deepText(shown);
      expect(text).to.contain(sentence);
      expect(text).to.contain(figure);
    });
  }

  it('shows the source, edition, last-modified date and the suggested citation', async () => {
    const el = await profileAt();
    const footer = deepText(el.shadowRoot!.querySelector('[part="footer"]')!);
    expect(footer).to.contain(
      'Source: U.S. Bureau of Labor Statistics, Occupational Outlook Handbook, 2019-20 edition.',
    );
    expect(footer).to.contain('Last modified: September 4, 2019');
    expect(footer).to.contain(
      'Suggested citation: Bureau of Labor Statistics, U.S. Department of Labor, Occupational Outlook Handbook, Medical Records and Health Information Technicians',
    );
  });

  it('moves between tabs with the keyboard alone (arrows, Home, End, roving tabindex)', async () => {
    const box = await fixture(
      html`<div><button>before</button><occ-profile src=${REFERENCE}></occ-profile></div>`,
    );
    const el = box.querySelector('occ-profile')!;
    await loaded(el);
    box.querySelector('button')!.focus();
    await sendKeys({ press: 'Tab' });
    const active = () => el.shadowRoot!.activeElement as HTMLElement;
    expect(active().id).to.equal('tab-summary');
    expect(tabs(el).map((tab) => tab.tabIndex)).to.deep.equal([0, -1, -1, -1, -1, -1, -1, -1, -1]);

    const changes: string[] = [];
    el.addEventListener('occ-tab-change', (event) => changes.push(event.detail.tab));
    await sendKeys({ press: 'ArrowRight' });
    await el.updateComplete;
    expect(active().id).to.equal('tab-what-they-do');
    expect(active().getAttribute('aria-selected')).to.equal('true');
    expect(panel(el, 'what-they-do').hidden).to.equal(false);
    expect(panel(el, 'summary').hidden).to.equal(true);
    expect(el.getAttribute('tab')).to.equal('what-they-do');

    await sendKeys({ press: 'End' });
    await el.updateComplete;
    expect(active().id).to.equal('tab-more-information');
    await sendKeys({ press: 'ArrowRight' });
    await el.updateComplete;
    expect(active().id).to.equal('tab-summary');
    await sendKeys({ press: 'ArrowLeft' });
    await el.updateComplete;
    expect(active().id).to.equal('tab-more-information');
    await sendKeys({ press: 'Home' });
    await el.updateComplete;
    expect(active().id).to.equal('tab-summary');
    expect(changes).to.deep.equal([
      'what-they-do',
      'more-information',
      'summary',
      'more-information',
      'summary',
    ]);
    expect(tabs(el).filter((tab) => tab.tabIndex === 0)).to.have.length(1);

    // Tab leaves the tab list for the selected panel's first control: the Summary's quick facts
    // have term buttons, so the panel itself is no tab stop.
    await sendKeys({ press: 'Tab' });
    expect(active().localName).to.equal('occ-quick-facts');
    expect(active().shadowRoot!.activeElement!.classList.contains('term')).to.equal(true);
  });

  it('makes a panel a tab stop only when nothing in it takes focus', async () => {
    // A section of text alone (no "About this section" disclosure either).
    const profile = await referenceProfile();
    profile.sections = profile.sections!.map((section) =>
      section.id === 'how-to-become-one' ? { ...section, about: undefined } : section,
    );
    const box = await fixture(
      html`<div style="width: 1000px">
        <button>before</button><occ-profile .data=${profile}></occ-profile>
      </div>`,
    );
    const el = box.querySelector('occ-profile')!;
    await settled(el);
    // Text only: the panel takes focus, so a keyboard user can scroll it.
    await choose(el, 'how-to-become-one');
    await settled(el);
    expect(panel(el, 'how-to-become-one').getAttribute('tabindex')).to.equal('0');
    // Composed elements with buttons, and links: the panels do not.
    for (const id of ['summary', 'pay', 'job-outlook', 'similar-occupations', 'more-information']) {
      await choose(el, id);
      await settled(el);
      expect(panel(el, id).hasAttribute('tabindex'), id).to.equal(false);
    }
    await choose(el, 'how-to-become-one');
    await settled(el);
    el.shadowRoot!.querySelector<HTMLElement>('#tab-how-to-become-one')!.focus();
    await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.activeElement!.id).to.equal('panel-how-to-become-one');
    await expect(el).to.be.accessible();
  });

  for (const width of [390, 1280]) {
    it(`keeps the tab list to one row at ${width} px, the selected tab in view`, async () => {
      const box = await fixture(
        html`<div style="width: ${width}px"><occ-profile src=${REFERENCE}></occ-profile></div>`,
      );
      const el = box.querySelector('occ-profile')!;
      await loaded(el);
      const list = el.shadowRoot!.querySelector<HTMLElement>('[role="tablist"]')!;
      const oneRow = () => {
        const tops = new Set(tabs(el).map((tab) => Math.round(tab.getBoundingClientRect().top)));
        expect(tops.size, 'rows of tabs').to.equal(1);
        expect(list.getBoundingClientRect().height).to.be.below(70);
      };
      const inView = () => {
        const box = list.getBoundingClientRect();
        const tab = selectedTab(el).getBoundingClientRect();
        expect(tab.left, 'selected tab’s left edge').to.be.at.least(box.left - 1);
        expect(tab.right, 'selected tab’s right edge').to.be.at.most(box.right + 1);
      };
      oneRow();
      inView();
      tabs(el)[0]!.focus();
      await sendKeys({ press: 'End' });
      await el.updateComplete;
      expect(selectedTab(el).id).to.equal('tab-more-information');
      inView();
      await sendKeys({ press: 'ArrowLeft' });
      await el.updateComplete;
      expect(selectedTab(el).id).to.equal('tab-similar-occupations');
      inView();
      await sendKeys({ press: 'Home' });
      await el.updateComplete;
      expect(selectedTab(el).id).to.equal('tab-summary');
      inView();
      oneRow();
      // Selected by the tab attribute, too.
      el.tab = 'job-outlook';
      await el.updateComplete;
      inView();
      await expect(el).to.be.accessible();
    });
  }

  it('reads the Pay tab in the OOH’s order: the sentence introducing the industries table, the table, then the next sentence', async () => {
    const el = await profileAt();
    await choose(el, 'pay');
    const shown = panel(el, 'pay');
    const paragraphs = [...shown.querySelectorAll('p')];
    const intro = paragraphs.find((p) => p.textContent!.trim().endsWith('were as follows:'))!;
    const next = paragraphs.find((p) =>
      p.textContent!.includes('Most health information technicians work full time'),
    )!;
    const tables = [...shown.querySelectorAll('table')];
    expect(tables, 'the industries table, in the panel').to.have.length(1);
    const table = tables[0]!;
    expect(table.querySelector('caption')!.textContent!.trim()).to.equal(
      'Median annual wages in the top industries, May 2018',
    );
    expect(deepText(table)).to.contain('$43,470');
    const follows = (a: Node, b: Node) =>
      Boolean(a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING);
    expect(follows(intro, table), 'the introduction comes before the table').to.equal(true);
    expect(follows(table, next), 'the next sentence comes after the table').to.equal(true);
    // The table once: the pay chart leaves it out.
    const chart = shown.querySelector<OccElement>('occ-pay-chart')!;
    expect(chart.shadowRoot!.querySelector('[part="industries"]')).to.equal(null);
    expect(follows(chart, intro), 'the charts come first, as on the OOH page').to.equal(true);
    await expect(el).to.be.accessible();
  });

  it('sets the Pay tab’s industries table as the other numeric tables: wages right-aligned in tabular figures, industries in normal weight', async () => {
    const el = await profileAt();
    await choose(el, 'pay');
    const table = panel(el, 'pay').querySelector('table')!;
    const wage = [...table.querySelectorAll('tbody td')].find(
      (cell) => cell.textContent!.trim() === '$43,470',
    )!;
    expect(wage, 'the wage cell').to.exist;
    const style = getComputedStyle(wage);
    expect(style.textAlign).to.equal('end');
    expect(style.fontVariantNumeric).to.equal('tabular-nums');
    expect(getComputedStyle(table.querySelector('thead th:last-child')!).textAlign).to.equal('end');
    const industry = table.querySelector('tbody th')!;
    expect(getComputedStyle(industry).fontWeight).to.equal('400');
    expect(getComputedStyle(industry).textAlign).to.equal('start');
    // The same look as the pay chart's own table view of these figures.
    const chart = document.createElement('occ-pay-chart') as OccElement;
    chart.setAttribute('view', 'table');
    chart.setAttribute('src', REFERENCE);
    el.after(chart);
    await loaded(chart);
    const chartCell = chart.shadowRoot!.querySelector('table.numeric td')!;
    expect(getComputedStyle(chartCell).textAlign).to.equal(style.textAlign);
    chart.remove();
  });

  it('selects the tab named by its tab attribute, and the first for an unknown one', async () => {
    const el = await fixture<OccProfile>(
      html`<occ-profile tab="pay" src=${REFERENCE}></occ-profile>`,
    );
    await loaded(el);
    expect(selectedTab(el).id).to.equal('tab-pay');
    el.tab = 'job-outlook';
    await el.updateComplete;
    expect(selectedTab(el).id).to.equal('tab-job-outlook');
    el.tab = 'nonsense' as 'pay'; // as an attribute would set it
    await el.updateComplete;
    expect(selectedTab(el).id).to.equal('tab-summary');
  });

  it('keeps the tab in the page URL’s hash with sync-hash, both ways', async () => {
    history.replaceState(null, '', '#job-outlook');
    const el = await fixture<OccProfile>(
      html`<occ-profile sync-hash src=${REFERENCE}></occ-profile>`,
    );
    await loaded(el);
    expect(selectedTab(el).id).to.equal('tab-job-outlook');

    await choose(el, 'pay');
    expect(location.hash).to.equal('#pay');

    const change = oneEvent(el, 'occ-tab-change');
    location.hash = '#similar-occupations';
    expect((await change).detail.tab).to.equal('similar-occupations');
    await el.updateComplete;
    expect(selectedTab(el).id).to.equal('tab-similar-occupations');
    expect(el.getAttribute('tab')).to.equal('similar-occupations');
  });

  it('shows only the Summary tab for a profile with only quick facts', async () => {
    const el = await profileAt(1000, '/test/fixtures/quick-facts-only.json');
    expect(tabs(el).map((tab) => tab.id)).to.deep.equal(['tab-summary']);
    expect(deepText(panel(el, 'summary'))).to.contain('$32,700 per year');
  });

  it('never makes a link of a javascript: URL, in similar occupations or contacts', async () => {
    const data = await referenceProfile();
    data.similar![0]!.url = 'javascript:alert(1)';
    data.contacts![0]!.url = 'javascript:alert(1)';
    data.occupation.url = ' JavaScript:alert(1)';
    const el = await fixture<OccProfile>(html`<occ-profile .data=${data}></occ-profile>`);
    await loaded(el);
    await choose(el, 'similar-occupations');
    await choose(el, 'more-information');
    const links = [...el.shadowRoot!.querySelectorAll('a')];
    const similar = el.shadowRoot!.querySelector('occ-similar')!;
    links.push(...similar.shadowRoot!.querySelectorAll('a'));
    expect(links.length).to.be.above(3);
    for (const link of links) expect(link.href).to.match(/^https:\/\//);
    expect(deepText(panel(el, 'more-information'))).to.contain(
      'American Health Information Management Association',
    );
    expect(deepText(similar)).to.contain('Medical transcriptionists');
  });

  it('shows markup in the data as text', async () => {
    const data = await referenceProfile();
    const payload = '<img src=x onerror=alert(1)>';
    data.occupation.title = `Technicians ${payload}`;
    data.sections![1]!.blocks![0] = { type: 'paragraph', text: payload };
    data.contacts![0]!.name = payload;
    const el = await fixture<OccProfile>(html`<occ-profile .data=${data}></occ-profile>`);
    await loaded(el);
    await choose(el, 'what-they-do');
    expect(el.shadowRoot!.querySelectorAll('img')).to.have.length(0);
    expect(deepText(panel(el, 'what-they-do'))).to.contain(payload);
    expect(el.shadowRoot!.querySelector('h2')!.textContent).to.contain(payload);
  });

  it('makes one request for a profile and three other elements on the same URL', async () => {
    const key = uniqueKey('profile-shared');
    const src = countedUrl(key, { delay: 100 });
    const box = await fixture(
      html`<div>
        <occ-profile src=${src}></occ-profile>
        <occ-quick-facts src=${src}></occ-quick-facts>
        <occ-pay-chart src=${src}></occ-pay-chart>
        <occ-outlook src=${src}></occ-outlook>
      </div>`,
    );
    await Promise.all([...box.children].map((child) => loaded(child as OccElement)));
    const profile = box.querySelector('occ-profile')!;
    for (const tab of ['pay', 'job-outlook', 'work-environment', 'similar-occupations'])
      await choose(profile, tab);
    expect(await requestsFor(key)).to.deep.equal({ hits: 1, aborts: 0 });
  });

  it('fires one occ-load of its own, not those of the elements it composes', async () => {
    const box = await fixture(html`<div></div>`);
    const seen: EventTarget[] = [];
    box.addEventListener('occ-load', (event) => seen.push(event.composedPath()[0]!));
    const el = document.createElement('occ-profile');
    const done = oneEvent(el, 'occ-load');
    el.data = await referenceProfile();
    box.append(el);
    await done;
    await settled(el);
    expect(seen).to.deep.equal([el]);
  });

  it('prints every tab, one after another', async () => {
    const el = await profileAt();
    await emulateMedia({ media: 'print' });
    const panels = [...el.shadowRoot!.querySelectorAll<HTMLElement>('[role="tabpanel"]')];
    expect(panels).to.have.length(9);
    for (const shown of panels) expect(getComputedStyle(shown).display).to.not.equal('none');
    expect(getComputedStyle(el.shadowRoot!.querySelector('[role="tablist"]')!).display).to.equal(
      'none',
    );
  });

  for (const scheme of ['light', 'dark'] as const) {
    for (const width of [360, 1000]) {
      it(`passes axe on every tab, ${scheme} scheme, ${width} px`, async () => {
        await emulateMedia({ colorScheme: scheme });
        const el = await profileAt(width);
        for (const tab of tabs(el).map((t) => t.id.slice('tab-'.length))) {
          await choose(el, tab);
          await expect(el).to.be.accessible();
        }
      });
    }
  }
});
