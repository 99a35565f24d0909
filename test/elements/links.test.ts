import { expect, fixture, html } from '@open-wc/testing';
import '../../src/elements/profile/profile.js';
import '../../src/elements/similar/similar.js';
import '../../src/elements/employers/employers.js';
import type { OccProfile } from '../../src/elements/profile/profile.js';
import type { OccSimilar } from '../../src/elements/similar/similar.js';
import type { OccEmployers } from '../../src/elements/employers/employers.js';
import type { OccElement } from '../../src/core/occ-element.js';
import type { OccupationProfile } from '../../src/data/types.js';
import { deepText, loaded, referenceProfile } from '../helpers.js';

const BLS = 'https://www.bls.gov/ooh/';
const assistants = {
  text: 'medical assistants',
  href: `${BLS}healthcare/medical-assistants.htm`,
  slug: 'medical-assistants',
};
const onet = { text: 'O*NET', href: 'https://www.onetonline.org/link/summary/29-2072.00' };

/** The reference profile with 2024-34 data: links in prose, slugs on similar occupations and contacts. */
async function linkedProfile(): Promise<OccupationProfile> {
  const data = await referenceProfile();
  const blocks = data.sections![1]!.blocks!;
  blocks[0] = { type: 'paragraph', text: ['They may advance to become ', assistants, '.'] };
  blocks.splice(1, 0, { type: 'heading', text: [{ ...onet, text: 'Duties' }] });
  blocks.splice(2, 0, { type: 'list', items: [[onet, ' (occupational data)'], 'Plain item'] });
  data.similar![0]!.slug = 'medical-transcriptionists';
  data.contacts![0]!.slug = 'health-information-technologists-and-medical-registrars';
  return data;
}

async function settled(el: OccElement) {
  await el.updateComplete;
  const inner = [...el.shadowRoot!.querySelectorAll<OccElement>('.embedded')];
  await Promise.all(inner.map((child) => child.updateComplete));
}

async function choose(el: OccProfile, id: string) {
  el.shadowRoot!.querySelector<HTMLButtonElement>(`#tab-${id}`)!.click();
  await settled(el);
}

const panel = (el: OccProfile, id: string) => el.shadowRoot!.getElementById(`panel-${id}`)!;
const links = (root: ParentNode) =>
  [...root.querySelectorAll('a')].map((a) => ({ text: a.textContent!.trim(), href: a.href }));

describe('<occ-profile> links', () => {
  it('shows the links in paragraphs, headings and list items, to BLS’s pages by default', async () => {
    const el = await fixture<OccProfile>(
      html`<occ-profile tab="what-they-do" .data=${await linkedProfile()}></occ-profile>`,
    );
    await loaded(el);
    const what = panel(el, 'what-they-do');
    expect(what.querySelector(':scope > p')!.textContent!.replace(/\s+/g, ' ').trim()).to.equal(
      'They may advance to become medical assistants.',
    );
    expect(links(what)).to.deep.equal([
      { text: 'medical assistants', href: assistants.href },
      { text: 'Duties', href: onet.href },
      { text: 'O*NET', href: onet.href },
    ]);
    expect(what.querySelector('h4 a, h3 a')).to.not.equal(null);
    expect(deepText(what.querySelector('ul')!)).to.contain('O*NET (occupational data)');
    expect(deepText(what.querySelector('ul')!)).to.contain('Plain item');
    await expect(el).to.be.accessible();
  });

  it('sends links that name one of our profiles to the site’s own page with href-template', async () => {
    const el = await fixture<OccProfile>(
      html`<occ-profile
        tab="what-they-do"
        href-template="/careers/{slug}"
        .data=${await linkedProfile()}
      ></occ-profile>`,
    );
    await loaded(el);
    expect(links(panel(el, 'what-they-do'))).to.deep.equal([
      {
        text: 'medical assistants',
        href: new URL('/careers/medical-assistants', location.href).href,
      },
      { text: 'Duties', href: onet.href },
      { text: 'O*NET', href: onet.href },
    ]);
    await choose(el, 'more-information');
    const contacts = links(panel(el, 'more-information'));
    expect(contacts[0]!.href).to.equal(
      new URL('/careers/health-information-technologists-and-medical-registrars', location.href)
        .href,
    );
    expect(contacts[1]!.href).to.match(/^https:\/\/(www\.)?[a-z]/);
    await choose(el, 'similar-occupations');
    const similar = el.shadowRoot!.querySelector<OccSimilar>('occ-similar')!;
    expect(similar.hrefTemplate).to.equal('/careers/{slug}');
    const rows = links(similar.shadowRoot!);
    expect(rows.find((row) => row.text === 'Medical transcriptionists')!.href).to.equal(
      new URL('/careers/medical-transcriptionists', location.href).href,
    );
    // A row without a slug keeps BLS's page.
    expect(rows.find((row) => row.text === 'Medical and health services managers')!.href).to.equal(
      `${BLS}management/medical-and-health-services-managers.htm`,
    );
    await expect(el).to.be.accessible();
  });

  it('shows a numbers-only profile’s Handbook profile as a link (coveredBy)', async () => {
    const data: OccupationProfile = {
      schemaVersion: 1,
      occupation: {
        title: 'Medical records specialists',
        soc: ['29-2072'],
        slug: '29-2072',
        coveredBy: {
          text: 'Medical Records Specialists',
          href: `${BLS}healthcare/medical-records-and-health-information-technicians.htm`,
          slug: 'medical-records-and-health-information-technicians',
        },
      },
      quickFacts: { medianPay: { annual: 50250, hourly: 24.16, year: 2024 } },
    };
    const el = await fixture<OccProfile>(html`<occ-profile .data=${data}></occ-profile>`);
    await loaded(el);
    const header = el.shadowRoot!.querySelector('[part="header"]')!;
    expect(header.textContent!.replace(/\s+/g, ' ')).to.contain(
      'Described in the Handbook profile Medical Records Specialists',
    );
    expect(links(header)).to.deep.equal([
      { text: 'Medical Records Specialists', href: data.occupation.coveredBy!.href },
    ]);
    await expect(el).to.be.accessible();
    el.hrefTemplate = '/careers/{slug}';
    await el.updateComplete;
    expect(links(header)[0]!.href).to.equal(
      new URL('/careers/medical-records-and-health-information-technicians', location.href).href,
    );
  });

  it('never makes a link of a javascript: href or slug, in prose, coveredBy or similar occupations', async () => {
    const data = await linkedProfile();
    const bad = 'javascript:alert(1)';
    data.sections![1]!.blocks![0] = {
      type: 'paragraph',
      text: ['See ', { text: 'this', href: bad }],
    };
    data.occupation.coveredBy = { text: 'Covered', href: ' JavaScript:alert(1)' };
    data.similar![0]!.url = bad;
    const el = await fixture<OccProfile>(
      html`<occ-profile
        tab="what-they-do"
        href-template="/careers/{slug}"
        .data=${data}
      ></occ-profile>`,
    );
    await loaded(el);
    const what = panel(el, 'what-they-do');
    expect(what.querySelector(':scope > p')!.textContent!.trim()).to.equal('See this');
    expect(what.querySelector(':scope > p a')).to.equal(null);
    expect(el.shadowRoot!.querySelector('.covered-by a')).to.equal(null);
    expect(el.shadowRoot!.querySelector('.covered-by')!.textContent).to.contain('Covered');
    await choose(el, 'similar-occupations');
    const similar = el.shadowRoot!.querySelector<OccSimilar>('occ-similar')!;
    // The row's slug still leads to the site's own page; its javascript: url is never used.
    for (const a of [
      ...el.shadowRoot!.querySelectorAll('a'),
      ...similar.shadowRoot!.querySelectorAll('a'),
    ]) {
      expect(a.href).to.match(/^https?:\/\//);
    }
  });

  it('shows the openings figure once, in the Job Outlook tab’s prose as the page has it', async () => {
    const data = await referenceProfile();
    const sentence =
      'About 14,200 openings for medical records specialists are projected each year, on average, over the decade.';
    data.outlook!.openingsPerYear = 14200;
    data.outlook!.phrase = 'Much faster than average';
    data
      .sections!.find((s) => s.id === 'job-outlook')!
      .blocks!.splice(1, 0, {
        type: 'paragraph',
        text: sentence,
      });
    const el = await fixture<OccProfile>(
      html`<occ-profile tab="job-outlook" .data=${data}></occ-profile>`,
    );
    await loaded(el);
    await settled(el);
    const text = deepText(panel(el, 'job-outlook'));
    expect(text.split('14,200').length - 1).to.equal(1);
    expect(text).to.contain(sentence);
  });
});

describe('<occ-similar> href-template', () => {
  it('links rows with a slug to the site’s own page, the others to BLS', async () => {
    const data = await referenceProfile();
    data.similar![1]!.slug = 'medical-and-health-services-managers';
    const el = await fixture<OccSimilar>(
      html`<occ-similar href-template="/careers/{slug}.html" .data=${data}></occ-similar>`,
    );
    await loaded(el);
    const rows = links(el.shadowRoot!);
    expect(rows.find((row) => row.text === 'Medical and health services managers')!.href).to.equal(
      new URL('/careers/medical-and-health-services-managers.html', location.href).href,
    );
    expect(rows.find((row) => row.text === 'Medical transcriptionists')!.href).to.equal(
      `${BLS}healthcare/medical-transcriptionists.htm`,
    );
    await expect(el).to.be.accessible();
  });
});

describe('<occ-employers> and <occ-similar> on a numbers-only occupation', () => {
  // 15-1252 has BLS's numbers only: the Handbook describes it in a broader profile.
  const SOFTWARE = '/data/15-1252.json';
  const covering = {
    text: 'Software Developers, Quality Assurance Analysts, and Testers',
    href: `${BLS}computer-and-information-technology/software-developers.htm`,
  };
  const empty = (el: OccElement) => el.shadowRoot!.querySelector('[part="empty"]')!;
  const said = (el: OccElement) => empty(el).textContent!.replace(/\s+/g, ' ').trim();

  it('names and links the Handbook profile that has the employers', async () => {
    const el = await fixture<OccEmployers>(html`<occ-employers src=${SOFTWARE}></occ-employers>`);
    await loaded(el);
    expect(said(el)).to.equal(
      `No employer data in this profile. Described in the Handbook profile ${covering.text}.`,
    );
    expect(links(empty(el))).to.deep.equal([covering]);
    await expect(el).to.be.accessible();
    // A link like every element's: the site's accent colour.
    el.style.setProperty('--occ-color-accent', 'rgb(1, 2, 3)');
    expect(getComputedStyle(empty(el).querySelector('a')!).color).to.equal('rgb(1, 2, 3)');
  });

  it('links the site’s own page for it through href-template', async () => {
    const el = await fixture<OccSimilar>(
      html`<occ-similar href-template="/careers/{slug}" src=${SOFTWARE}></occ-similar>`,
    );
    await loaded(el);
    expect(said(el)).to.equal(
      `No similar occupations in this profile. Described in the Handbook profile ${covering.text}.`,
    );
    expect(links(empty(el))).to.deep.equal([
      { text: covering.text, href: new URL('/careers/software-developers', location.href).href },
    ]);
    await expect(el).to.be.accessible();

    const employers = await fixture<OccEmployers>(
      html`<occ-employers href-template="/careers/{slug}" src=${SOFTWARE}></occ-employers>`,
    );
    await loaded(employers);
    expect(links(empty(employers))[0]!.href).to.equal(
      new URL('/careers/software-developers', location.href).href,
    );
  });

  it('says it in the page’s language', async () => {
    const el = await fixture<OccEmployers>(
      html`<occ-employers lang="es" src=${SOFTWARE}></occ-employers>`,
    );
    await loaded(el);
    expect(said(el)).to.equal(
      `Este perfil no tiene datos de empleadores. Descrito en el perfil del Handbook ${covering.text}.`,
    );
  });

  it('shows the covering profile as text when its href is not http(s)', async () => {
    const data: OccupationProfile = {
      schemaVersion: 1,
      occupation: {
        title: 'Software Developers',
        soc: ['15-1252'],
        coveredBy: { text: 'Covered', href: ' JavaScript:alert(1)' },
      },
    };
    const el = await fixture<OccEmployers>(html`<occ-employers .data=${data}></occ-employers>`);
    await loaded(el);
    expect(said(el)).to.equal(
      'No employer data in this profile. Described in the Handbook profile Covered.',
    );
    expect(empty(el).querySelector('a')).to.equal(null);
  });

  it('says only that the data is missing for a profile of its own', async () => {
    const el = await fixture<OccSimilar>(
      html`<occ-similar src="/test/fixtures/title-only.json"></occ-similar>`,
    );
    await loaded(el);
    expect(said(el)).to.equal('No similar occupations in this profile.');
    expect(empty(el).querySelector('a')).to.equal(null);
  });
});
