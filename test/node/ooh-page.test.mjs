// @ts-check
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { Validator } from '@cfworker/json-schema';
import * as cheerio from 'cheerio';
import { parseDocument } from 'htmlparser2';
import { OohPageError, readOohPage } from '../../dist/tools/occ-data/ooh/read-page.js';
import { readMoney } from '../../dist/tools/occ-data/ooh/text.js';
import { oohPages, readJson, repoRoot } from './helpers.mjs';

/** @typedef {Record<string, any>} Json */

const missing = existsSync(oohPages) ? false : `the OOH pages are not there: ${oohPages}`;

/** @param {string} slug */
const pagePath = (slug) => join(oohPages, `${slug}.html`);
/** @param {string} slug */
const html = (slug) => readFileSync(pagePath(slug), 'utf8');
/** @param {string} slug @param {import('../../dist/tools/occ-data/ooh/read-page.js').ReadOptions} [options] */
const read = (slug, options) => readOohPage(html(slug), pagePath(slug), options);

/** @param {string} slug @param {string} id */
const blocksOf = (/** @type {Json} */ profile, id) =>
  profile.sections.find((/** @type {Json} */ s) => s.id === id).blocks;

describe(
  'readOohPage: a single-code page (Medical Records Specialists, 29-2072)',
  { skip: missing },
  () => {
    test('reads the quick facts as the page shows them, with their glossary', () => {
      const { profile } = read('medical-records-and-health-information-technicians');
      assert.deepEqual(profile.occupation, {
        title: 'Medical Records Specialists',
        soc: ['29-2072'],
        url: 'https://www.bls.gov/ooh/healthcare/medical-records-and-health-information-technicians.htm',
        slug: 'medical-records-and-health-information-technicians',
        group: 'Healthcare',
        summary: 'Medical records specialists compile, process, and maintain patient files.',
      });
      assert.deepEqual(profile.quickFacts, {
        medianPay: { annual: 50250, hourly: 24.16, year: 2024 },
        entryLevelEducation: 'Postsecondary nondegree award',
        workExperience: 'None',
        onTheJobTraining: 'None',
        jobs: { count: 194800, year: 2024 },
        outlook: { percent: 7, phrase: 'Much faster than average', startYear: 2024, endYear: 2034 },
        employmentChange: { count: 13800, startYear: 2024, endYear: 2034 },
      });
      assert.equal(
        profile.glossary?.outlook,
        'The projected percent change in employment from 2024 to 2034. The average growth rate for all occupations is 3 percent.',
      );
      assert.match(
        profile.glossary?.medianPay ?? '',
        /In May 2024, the median annual wage for all workers was \$49,500\.$/,
      );
      assert.equal(Object.keys(profile.glossary ?? {}).length, 7);
    });

    test('reads the pay chart, the percentile sentence and the top industries ($ on the first row only)', () => {
      const { profile } = read('medical-records-and-health-information-technicians');
      assert.deepEqual(profile.pay, {
        period: 'May 2024',
        medians: [
          { label: 'Health technologists and technicians', annual: 54270 },
          { label: 'Medical records specialists', annual: 50250, focus: true },
          { label: 'Total, all occupations', annual: 49500 },
        ],
        percentiles: { annual: { p10: 35780, p90: 80950, p50: 50250 } },
        industries: [
          { industry: 'Management of companies and enterprises', annual: 60750 },
          { industry: 'Hospitals; state, local, and private', annual: 56520 },
          { industry: 'Professional, scientific, and technical services', annual: 49970 },
          { industry: 'Administrative and support services', annual: 49590 },
          { industry: 'Offices of physicians', annual: 45620 },
        ],
      });
    });

    test('reads the outlook chart, phrase, openings and projections row, and the employers', () => {
      const { profile } = read('medical-records-and-health-information-technicians');
      assert.deepEqual(profile.outlook, {
        startYear: 2024,
        endYear: 2034,
        changes: [
          { label: 'Medical records specialists', percent: 7, focus: true },
          { label: 'Health technologists and technicians', percent: 6 },
          { label: 'Total, all occupations', percent: 3 },
        ],
        averagePercent: 3,
        phrase: 'Much faster than average',
        openingsPerYear: 14200,
        projections: [
          {
            title: 'Medical records specialists',
            soc: '29-2072',
            employment: 194800,
            projectedEmployment: 208600,
            changePercent: 7,
            changeCount: 13800,
          },
        ],
      });
      assert.deepEqual(profile.employers, {
        year: 2024,
        industries: [
          { industry: 'Hospitals; state, local, and private', percent: 28 },
          { industry: 'Offices of physicians', percent: 19 },
          { industry: 'Management of companies and enterprises', percent: 8 },
          { industry: 'Administrative and support services', percent: 8 },
          { industry: 'Professional, scientific, and technical services', percent: 7 },
        ],
      });
    });

    test('reads the nine tabs in order, with titles, "About this section" and prose', () => {
      const { profile, warnings } = read('medical-records-and-health-information-technicians');
      assert.deepEqual(warnings, []);
      assert.deepEqual(
        profile.sections?.map((s) => s.id),
        [
          'summary',
          'what-they-do',
          'work-environment',
          'how-to-become-one',
          'pay',
          'job-outlook',
          'state-and-area',
          'similar-occupations',
          'more-information',
        ],
      );
      assert.deepEqual(
        profile.sections?.map((s) => s.title),
        [
          'Summary',
          'What Medical Records Specialists Do',
          'Work Environment',
          'How to Become a Medical Records Specialist',
          'Pay',
          'Job Outlook',
          'State & Area Data',
          'Similar Occupations',
          'Contacts for More Information',
        ],
      );
      assert.equal(
        profile.sections?.[0]?.about,
        undefined,
        'the Summary tab has no "About this section"',
      );
      assert.match(
        profile.sections?.[1]?.about ?? '',
        /^The What They Do tab describes the typical duties/,
      );
      const whatTheyDo = blocksOf(profile, 'what-they-do');
      assert.deepEqual(whatTheyDo.slice(1, 4), [
        { type: 'heading', text: 'Duties' },
        { type: 'paragraph', text: 'Medical records specialists typically do the following:' },
        {
          type: 'list',
          items: [
            'Review patients’ records for timeliness, completeness, and accuracy',
            'Use classification systems to assign clinical codes for patients’ diagnoses, procedures, medical services, and related information',
            'Maintain and retrieve records for insurance reimbursement and data analysis',
            'Electronically record data for collection, storage, analysis, retrieval, and reporting',
            'Ensure confidentiality of patients’ records',
          ],
        },
      ]);
      // &nbsp; and runs of tabs become one space; curly quotes stay.
      assert.ok(
        blocksOf(profile, 'work-environment').some(
          (/** @type {Json} */ b) =>
            b.text === 'Medical records specialists typically work at a computer.',
        ),
      );
      // The openings sentence is in the Job Outlook prose once, as the page has it.
      const outlookText = JSON.stringify(blocksOf(profile, 'job-outlook'));
      assert.equal(outlookText.split('About 14,200 openings').length, 2);
      // The tables read into fields are not repeated as text.
      assert.doesNotMatch(JSON.stringify(blocksOf(profile, 'pay')), /60,750/);
      assert.equal(profile.source?.lastModified, '2025-08-28');
      assert.equal(profile.source?.edition, '2024-34');
      assert.match(
        profile.source?.citation ?? '',
        /^Bureau of Labor Statistics, U\.S\. Department of Labor, Occupational Outlook Handbook, Medical Records Specialists, at https:\/\/www\.bls\.gov\/ooh\/healthcare\/medical-records-and-health-information-technicians\.htm \(visited February 02, 2026\)\.$/,
      );
    });

    test('keeps links in prose: OOH profiles get their slug, tab links become text', () => {
      const { profile } = read('medical-records-and-health-information-technicians');
      const advancement = blocksOf(profile, 'how-to-become-one').find(
        (/** @type {Json} */ b) =>
          b.type === 'paragraph' && JSON.stringify(b.text).includes('may advance to become'),
      );
      assert.deepEqual(advancement.text, [
        'Medical records specialists may advance to become ',
        {
          text: 'health information technologists or medical registrars',
          href: 'https://www.bls.gov/ooh/healthcare/health-information-technologists-and-medical-registrars.htm',
          slug: 'health-information-technologists-and-medical-registrars',
        },
        ' or ',
        {
          text: 'medical or health services managers',
          href: 'https://www.bls.gov/ooh/management/medical-and-health-services-managers.htm',
          slug: 'medical-and-health-services-managers',
        },
        ' after completing a higher certification program or earning a degree in health information technology. Requirements vary by facility.',
      ]);
      const certification = JSON.stringify(blocksOf(profile, 'how-to-become-one'));
      assert.match(
        certification,
        /"href":"https:\/\/www\.careeronestop\.org\/Toolkit\/Training\/find-certifications\.aspx\?newsearch=true"/,
      );
      // The Summary's headings link to the page's own tabs (#tab-2): plain text here.
      assert.deepEqual(blocksOf(profile, 'summary')[0], {
        type: 'heading',
        text: 'What Medical Records Specialists Do',
      });
      const state = blocksOf(profile, 'state-and-area');
      assert.deepEqual(state[2], {
        type: 'list',
        items: [
          [
            {
              text: 'Occupational Employment and Wage Statistics (OEWS) Profiles',
              href: 'https://data.bls.gov/oesprofile/',
            },
          ],
        ],
      });
    });

    test('reads the similar occupations (relative hrefs made absolute, with slugs) and the contacts', () => {
      const { profile } = read('medical-records-and-health-information-technicians');
      assert.equal(profile.similar?.length, 6);
      assert.deepEqual(profile.similar?.[1], {
        title: 'Information Clerks',
        duties:
          'Information clerks perform routine clerical duties, maintain records, collect data, and provide information to customers.',
        entryLevelEducation: 'See How to Become One',
        medianPay: 43730,
        url: 'https://www.bls.gov/ooh/office-and-administrative-support/information-clerks.htm',
        slug: 'information-clerks',
      });
      assert.deepEqual(profile.contacts, [
        {
          name: 'CareerOneStop',
          url: 'https://www.careeronestop.org/Toolkit/Training/find-certifications.aspx?newsearch=true',
          group: 'For information about certifications, visit',
        },
        {
          name: 'Medical Records Specialists',
          url: 'https://www.careeronestop.org/videos/careeronestop-videos.aspx?videocode=29207200',
          group: 'For a career video on medical records and health information technicians, visit',
        },
        {
          name: 'Medical Records Specialists',
          url: 'https://www.onetonline.org/link/summary/29-2072.00',
          group: 'O*NET',
        },
      ]);
    });
  },
);

describe('readOohPage: other kinds of pages', { skip: missing }, () => {
  test('a multi-code page keeps every SOC row and the total row (agricultural workers)', () => {
    const { profile, warnings } = read('agricultural-workers');
    assert.deepEqual(profile.occupation.soc, [
      '45-2021',
      '45-2091',
      '45-2092',
      '45-2093',
      '45-2099',
    ]);
    assert.deepEqual(profile.outlook?.projections, [
      {
        title: 'Agricultural workers',
        employment: 812600,
        projectedEmployment: 790200,
        changePercent: -3,
        changeCount: -22500,
      },
      {
        title: 'Animal breeders',
        soc: '45-2021',
        employment: 7900,
        projectedEmployment: 8100,
        changePercent: 2,
        changeCount: 200,
      },
      {
        title: 'Agricultural equipment operators',
        soc: '45-2091',
        employment: 65200,
        projectedEmployment: 70300,
        changePercent: 8,
        changeCount: 5000,
      },
      {
        title: 'Farmworkers and laborers, crop, nursery, and greenhouse',
        soc: '45-2092',
        employment: 504800,
        projectedEmployment: 488100,
        changePercent: -3,
        changeCount: -16800,
      },
      {
        title: 'Farmworkers, farm, ranch, and aquacultural animals',
        soc: '45-2093',
        employment: 224600,
        projectedEmployment: 213400,
        changePercent: -5,
        changeCount: -11100,
      },
      {
        title: 'Agricultural workers, all other',
        soc: '45-2099',
        employment: 10100,
        projectedEmployment: 10300,
        changePercent: 2,
        changeCount: 200,
      },
    ]);
    // A decline: the chart's bars, with the occupation's own marked.
    assert.deepEqual(profile.outlook?.changes, [
      { label: 'Total, all occupations', percent: 3 },
      { label: 'Agricultural workers', percent: -3, focus: true },
      { label: 'Farming, fishing, and forestry occupations', percent: -3 },
    ]);
    assert.equal(profile.outlook?.openingsPerYear, 116200);
    assert.equal(profile.quickFacts?.outlook?.phrase, 'Decline');
    // The detailed occupations' wage table has no field: it stays as text, not lost.
    assert.ok(
      blocksOf(profile, 'pay').some(
        (/** @type {Json} */ b) =>
          b.type === 'list' && b.items.includes('Animal breeders: $52,000'),
      ),
    );
    assert.deepEqual(profile.pay?.industries, [{ industry: 'Wholesale trade', annual: 37610 }]);
    // A contact's short qualifier stays with its name; a heading groups the links under it.
    assert.deepEqual(profile.contacts?.[0], {
      name: 'Farmers.gov, U.S. Department of Agriculture',
      url: 'https://www.farmers.gov/your-business/beginning-farmers',
    });
    assert.deepEqual(profile.contacts?.[1], {
      name: 'Agricultural equipment operators',
      url: 'https://cdn.careeronestop.org/CareerVideos/45-2091.00.mp4',
      group: 'For career videos on agricultural workers, visit',
    });
    assert.deepEqual(warnings, []);
  });

  test('a multi-code page that states percentiles only for its detailed occupations has none, and says so', () => {
    const { profile, warnings } = read('administrative-services-managers');
    assert.equal(profile.pay?.percentiles, undefined);
    assert.ok(
      warnings.some((w) => /percentile sentences are about the detailed occupations/.test(w)),
      warnings.join('\n'),
    );
  });

  test('an hourly-only page gives hourly medians and percentiles (actors)', () => {
    const { profile } = read('actors');
    assert.deepEqual(profile.quickFacts?.medianPay, { hourly: 23.33, year: 2024 });
    assert.deepEqual(profile.pay?.percentiles, { hourly: { p10: 14, p90: 97.19, p50: 23.33 } });
    assert.ok(profile.pay?.medians?.every((m) => m.annual === undefined && m.hourly !== undefined));
    assert.equal(profile.outlook?.openingsPerYear, 6300);
  });

  test('top-coded pay is "at least" (physicians and surgeons; lawyers with the survey’s limit)', () => {
    const { profile } = read('physicians-and-surgeons');
    assert.deepEqual(profile.quickFacts?.medianPay, {
      annual: { atLeast: 239200 },
      hourly: { atLeast: 115 },
      year: 2024,
    });
    assert.deepEqual(
      profile.pay?.medians?.find((m) => m.focus),
      { label: 'Physicians and surgeons', annual: { atLeast: 239200 }, focus: true },
    );
    const lawyers = read('lawyers', { topCode: { annual: 239200 } }).profile;
    assert.deepEqual(lawyers.pay?.percentiles?.annual, {
      p10: 72780,
      p90: { atLeast: 239200 },
      p50: 151160,
    });
    // Without the survey's limit the figure is the page's, as printed.
    assert.equal(read('lawyers').profile.pay?.percentiles?.annual?.p90, 239200);
    // The per-specialty table has no field; its top-coded figures stay as the page writes them.
    const dentists = read('dentists').profile;
    assert.ok(
      blocksOf(dentists, 'pay').some(
        (/** @type {Json} */ b) =>
          b.type === 'list' &&
          b.items.includes('Oral and maxillofacial surgeons: $239,200 or more'),
      ),
    );
    assert.deepEqual(readMoney('239,200 or more'), { atLeast: 239200 });
    assert.deepEqual(readMoney('$56,520'), 56520);
  });

  test('a page without some tabs by design (Military Careers) is read with warnings', () => {
    const { profile, warnings } = read('military-careers');
    assert.deepEqual(
      profile.sections?.map((s) => s.id),
      [
        'what-they-do',
        'work-environment',
        'how-to-become-one',
        'pay',
        'job-outlook',
        'similar-occupations',
        'more-information',
      ],
    );
    assert.deepEqual(profile.occupation.soc, ['55-0000']);
    assert.equal(profile.occupation.group, 'Military');
    assert.ok(warnings.includes('tabs: the page has no summary tab'));
    // Links inside a sentence that goes on: the sentence is their group, and the next link's.
    const sentence = profile.contacts?.find((c) => c.name === 'Department of Defense')?.group;
    assert.match(
      sentence ?? '',
      /^In addition, the Defense Manpower Data Center, .* To see the information, visit$/,
    );
    assert.equal(profile.contacts?.find((c) => c.name === 'Today’s Military')?.group, sentence);
  });

  test('links: javascript: and mailto: hrefs stay text; relative /ooh/ links get a slug', () => {
    const $ = cheerio.load(html('medical-records-and-health-information-technicians'));
    $('#tab-2 article p')
      .first()
      .append(
        ' <a href="javascript:alert(1)">bad</a> <a href="mailto:x@example.com">mail</a> <a href="/ooh/healthcare/medical-assistants.htm#tab-4">assistants</a> <a href="data:text/html,x">data</a>',
      );
    const { profile } = readOohPage(
      $.html(),
      pagePath('medical-records-and-health-information-technicians'),
    );
    const first = blocksOf(profile, 'what-they-do')[0].text;
    assert.ok(Array.isArray(first));
    const links = first.filter((/** @type {unknown} */ run) => typeof run !== 'string');
    assert.deepEqual(links, [
      {
        text: 'assistants',
        href: 'https://www.bls.gov/ooh/healthcare/medical-assistants.htm#tab-4',
        slug: 'medical-assistants',
      },
    ]);
    assert.equal(first.length, 3);
    assert.match(first[0], /coding system\. bad mail $/);
    assert.deepEqual(first.slice(1), [links[0], ' data']);
  });
});

describe('readOohPage: pages it cannot read', { skip: missing }, () => {
  const slug = 'medical-records-and-health-information-technicians';

  /** @param {string} page @param {RegExp} reason */
  const fails = (page, reason) =>
    assert.throws(
      () => readOohPage(page, pagePath(slug)),
      (/** @type {unknown} */ error) => {
        assert.ok(error instanceof OohPageError);
        assert.equal(error.file, pagePath(slug));
        assert.match(error.reason, reason);
        assert.match(error.message, new RegExp(`^${slug}\\.html: `));
        return true;
      },
    );

  test('not a profile page', () => {
    fails(
      '<!DOCTYPE html><html><head><title>Healthcare</title></head><body><h1>Healthcare Occupations</h1><p>Hi</p></body></html>',
      /^this is not an Occupational Outlook Handbook profile page/,
    );
    fails('', /^this is not an Occupational Outlook Handbook profile page/);
    fails(
      '\u0000\u0001PK\u0003\u0004 not html at all',
      /^this is not an Occupational Outlook Handbook profile page/,
    );
    // An OOH group's home page has a canonical /ooh/ address but no tabs.
    fails(
      '<html><head><link rel="canonical" href="https://www.bls.gov/ooh/healthcare/home.htm"></head><body><h1>Healthcare</h1></body></html>',
      /^this is not an Occupational Outlook Handbook profile page/,
    );
  });

  test('a page with a tab removed', () => {
    const $ = cheerio.load(html(slug));
    $('#tab-3').remove();
    fails(
      $.html(),
      /^the "Work Environment" tab is missing: the tab bar lists it, but the page has no #tab-3$/,
    );
  });

  test('a page cut short, in a tab or in the quick facts', () => {
    const page = html(slug);
    fails(page.slice(0, page.indexOf('id="tab-7"')), /^the file ends early/);
    fails(page.slice(0, page.indexOf('id="quickfacts"')), /^the file ends early/);
    // Cut after the citation, yet a tab's footer is gone.
    const $ = cheerio.load(page);
    $('#tab-6 .tab-footer').remove();
    fails($.html(), /^the "Job Outlook" tab ends early/);
    const noQuickFacts = cheerio.load(page);
    noQuickFacts('#quickfacts').remove();
    fails(noQuickFacts.html(), /^the Summary tab has no Quick Facts table/);
  });
});

describe('readOohPage: all 342 pages', { skip: missing }, () => {
  test('parse, validate against the schema, and show the quick facts and projections the page shows', () => {
    const schema = readJson(join(repoRoot, 'schema/occupation-profile.schema.json'));
    const validator = new Validator(schema, '2020-12', false);
    const files = readdirSync(oohPages).filter((name) => name.endsWith('.html'));
    assert.equal(files.length, 342);
    for (const file of files) {
      const page = readFileSync(join(oohPages, file), 'utf8');
      const { profile } = readOohPage(page, join(oohPages, file));
      const result = validator.validate(profile);
      assert.ok(result.valid, `${file}: ${JSON.stringify(result.errors.slice(0, 3))}`);
      assert.equal(`${profile.occupation.slug}.html`, file);
      // Read independently: the quick-facts cells and the projections table, with plain DOM walking.
      const $ = cheerio.load(parseDocument(page));
      const cells = $('#quickfacts td')
        .toArray()
        .map((td) => $(td).text().replace(/\s+/g, ' ').trim());
      if (!cells.length) continue; // Military Careers has no quick facts
      const num = (/** @type {string} */ s) => Number(s.replace(/[^\d.-]/g, ''));
      assert.equal(profile.quickFacts?.jobs?.count, num(cells[4] ?? ''), `${file} jobs`);
      assert.equal(
        profile.quickFacts?.outlook?.percent,
        num((cells[5] ?? '').split('%')[0] ?? ''),
        `${file} outlook`,
      );
      assert.equal(
        profile.quickFacts?.employmentChange?.count,
        num(cells[6] ?? ''),
        `${file} change`,
      );
      const rows = $('#outlook-table tbody tr').toArray();
      assert.equal(profile.outlook?.projections?.length, rows.length, `${file} projections rows`);
      rows.forEach((row, i) => {
        const tds = $(row)
          .find('td')
          .toArray()
          .map((td) => $(td).text().trim());
        const projection = profile.outlook?.projections?.[i];
        assert.equal(projection?.soc ?? '—', tds[0], `${file} row ${i} SOC`);
        assert.equal(projection?.employment, num(tds[1] ?? ''), `${file} row ${i} employment`);
        assert.equal(projection?.changeCount, num(tds[4] ?? ''), `${file} row ${i} change`);
      });
    }
  });
});
