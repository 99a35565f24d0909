/**
 * Reads one saved OOH occupation page into a full profile (contract version 1): the quick facts
 * with their glossary, the nine tabs' prose with links, the charts' values, the tables, the
 * similar occupations, the contacts and the citation. Every figure is the page's own.
 */
import * as cheerio from 'cheerio';
import type { CheerioAPI } from 'cheerio';
import type { Element } from 'domhandler';
import { parseDocument } from 'htmlparser2';
import { basename, extname } from 'node:path';
import { SECTION_IDS } from '../../../src/data/types.js';
import type { Employers, OccupationProfile, Section } from '../../../src/data/types.js';
import { plainText } from '../../../src/data/rich-text.js';
import { readBlocks } from './blocks.js';
import { readContacts } from './contacts.js';
import { readOutlook, readProjections } from './outlook.js';
import { checkPage } from './page-checks.js';
import type { Tab } from './page-checks.js';
import { OohPageError } from './page-error.js';
import { readPay } from './pay.js';
import type { PayOptions } from './pay.js';
import { optional, readQuickFacts } from './quick-facts.js';
import { readSimilar } from './similar.js';
import { tablesAfter } from './tables.js';
import { clean, firstNumber, readPeriod } from './text.js';
import { byId } from './by-id.js';

export { OohPageError } from './page-error.js';

export const PUBLISHER = 'U.S. Bureau of Labor Statistics';
export const HANDBOOK = 'Occupational Outlook Handbook';

export type ReadOptions = PayOptions;

/**
 * The SOC major group of an OOH group whose pages name no code: Military Careers has no
 * projections table (BLS projects no military employment), yet the contract needs a code.
 */
const GROUP_SOC: Record<string, string> = { Military: '55-0000' };

export function readOohPage(
  html: string,
  file: string,
  options: ReadOptions = {},
): { profile: OccupationProfile; warnings: string[] } {
  // htmlparser2 builds the tree about twice as fast as cheerio's default (parse5), and these
  // pages need no HTML5 error recovery beyond what it does.
  const $ = cheerio.load(parseDocument(html));
  const warnings: string[] = [];
  const warn = (message: string) => warnings.push(message);
  const tabs = checkPage($, file);
  const tab = (id: (typeof SECTION_IDS)[number]) => tabs.find((t) => t.id === id);
  for (const id of SECTION_IDS) if (!tab(id)) warn(`tabs: the page has no ${id} tab`);
  if (tab('summary') && !byId($, 'quickfacts').length) {
    throw new OohPageError(
      file,
      'the Summary tab has no Quick Facts table: the file may be cut short',
    );
  }

  const canonical = $('link[rel="canonical"]').attr('href')!;
  const slug = basename(file, extname(file));
  const canonicalSlug = basename(new URL(canonical, 'https://www.bls.gov/').pathname, '.htm');
  if (slug !== canonicalSlug)
    warn(`page: the file is named ${slug} but the page is ${canonicalSlug}`);

  const { quickFacts, glossary } = tab('summary')
    ? readQuickFacts($, warn)
    : { quickFacts: undefined, glossary: undefined };
  const projections = readProjections($, warn);
  const title = clean($('h1').first().text());
  if (!title) throw new OohPageError(file, 'the page has no title (h1)');
  const group = clean(byId($, 'ooh-breadcrumbs').find('a').eq(1).text());
  const soc = [...new Set(projections.flatMap((row) => (row.soc ? [row.soc] : [])))];
  if (!soc.length && GROUP_SOC[group]) {
    soc.push(GROUP_SOC[group]);
    warn(
      `occupation: the page names no SOC code; ${GROUP_SOC[group]}, its group's SOC major group`,
    );
  } else if (!soc.length) warn('occupation: no SOC code');
  const focusTitle = projections[0]?.title;
  const consumed = new Set<Element>();

  const profile: OccupationProfile = {
    schemaVersion: 1,
    occupation: {
      title,
      soc,
      url: new URL(canonical, 'https://www.bls.gov/').href,
      slug: canonicalSlug,
      ...optional('group', group),
    },
  };
  const period = quickFacts?.outlook?.startYear
    ? quickFacts.outlook
    : readPeriod(clean(byId($, 'tab-6').find('.ooh-chart p').first().text()));
  profile.source = {
    publisher: PUBLISHER,
    title: HANDBOOK,
    ...optional(
      'edition',
      period?.startYear ? `${period.startYear}-${String(period.endYear).slice(-2)}` : undefined,
    ),
    ...optional('lastModified', lastModified($)),
    ...optional('citation', clean($('.citation p').first().text())),
  };
  if (quickFacts) profile.quickFacts = quickFacts;

  const pay = tab('pay');
  if (pay) {
    profile.pay = readPay(
      $,
      pay.pane,
      { ...optional('title', focusTitle), ...quickFacts?.medianPay },
      consumed,
      warn,
      options,
    );
  }
  const outlookTab = tab('job-outlook');
  if (outlookTab) {
    profile.outlook = readOutlook(
      $,
      outlookTab.pane,
      {
        ...optional('title', focusTitle),
        ...optional('percent', quickFacts?.outlook?.percent),
        ...optional('phrase', quickFacts?.outlook?.phrase),
        ...optional('averagePercent', averagePercent(glossary?.outlook)),
      },
      projections,
      warn,
    );
  } else if (projections.length) profile.outlook = { projections };

  const work = tab('work-environment');
  const employers = work && tablesAfter($, work.pane, /largest employers/i)[0];
  if (employers) {
    consumed.add(employers.table);
    const result: Employers = {
      ...optional('year', quickFacts?.jobs?.year),
      industries: employers.rows.map((row) => ({
        industry: row.label,
        ...optional('percent', firstNumber(row.value)),
      })),
    };
    profile.employers = result;
  } else if (work) warn('work environment: no largest-employers table');

  if (tab('similar-occupations')) {
    const similar = readSimilar($, warn);
    if (similar.length) profile.similar = similar;
    else warn('similar occupations: no table rows');
  }

  profile.sections = tabs.map((t) => section($, t, consumed));
  // The Summary's first paragraph, or What They Do's on a page without a Summary tab.
  const summary = profile.sections
    .find((section) => section.id === 'summary' || section.id === 'what-they-do')
    ?.blocks?.find((block) => block.type === 'paragraph');
  if (summary?.type === 'paragraph') profile.occupation.summary = plainText(summary.text);

  const more = tab('more-information');
  if (more) {
    const contacts = readContacts($, more.pane);
    if (contacts.length) profile.contacts = contacts;
    else warn('more information: no contacts');
  }
  if (glossary && Object.keys(glossary).length) profile.glossary = glossary;
  return { profile, warnings };
}

/** A tab's title, its "About this section" text and its prose. */
function section($: CheerioAPI, tab: Tab, consumed: Set<Element>): Section {
  const heading = tab.pane.find('h2').first();
  const title = clean(heading.children('span').first().text() || heading.text());
  const aboutId = /inlineId=([\w-]+)/.exec(
    heading.find('a.about-this-section').attr('href') ?? '',
  )?.[1];
  const about = aboutId ? clean(byId($, aboutId).children('p').text()) : '';
  return {
    id: tab.id,
    ...optional('title', title || tab.name),
    ...optional('about', about),
    // The More Information tab's links are the profile's contacts, listed once.
    blocks: tab.id === 'more-information' ? [] : readBlocks($, tab.pane, { consumed }),
  };
}

/** "Thursday, August 28, 2025" → "2025-08-28". */
function lastModified($: CheerioAPI): string | undefined {
  const text = clean($('p.update').first().text()).replace(/^Last Modified Date:\s*/i, '');
  const match = /([A-Z][a-z]+) (\d{1,2}), (\d{4})/.exec(text);
  if (!match) return undefined;
  const month = new Date(`${match[1]} 1, 2000`).getMonth() + 1;
  if (!month) return undefined;
  return `${match[3]}-${String(month).padStart(2, '0')}-${match[2]!.padStart(2, '0')}`;
}

/** "… The average growth rate for all occupations is 3 percent." → 3. */
function averagePercent(definition: string | undefined): number | undefined {
  const match = /average growth rate for all occupations is (-?[\d.]+) percent/i.exec(
    definition ?? '',
  );
  return match ? Number(match[1]) : undefined;
}
