/**
 * Is this a whole OOH occupation profile page? Each check names what is missing in plain words,
 * so that the build can say why a page was left out.
 */
import type { Cheerio, CheerioAPI } from 'cheerio';
import type { Element } from 'domhandler';
import { SECTION_IDS } from '../../../src/data/types.js';
import type { SectionId } from '../../../src/data/types.js';
import { OohPageError } from './page-error.js';
import { clean } from './text.js';
import { byId } from './by-id.js';

export interface Tab {
  id: SectionId;
  /** The tab's name in the page's tab bar, e.g. "What They Do". */
  name: string;
  pane: Cheerio<Element>;
}

/**
 * The page's tabs, in order. Throws when the page is not a profile, ends early, or lacks a tab
 * its own tab bar lists. A tab the tab bar does not list is absent by design (Military Careers
 * has no Summary) and is left out here; the caller warns about it.
 */
export function checkPage($: CheerioAPI, file: string): Tab[] {
  const canonical = $('link[rel="canonical"]').attr('href') ?? '';
  const tabBar = byId($, 'tabs').filter('ul');
  if (!/\/ooh\/[^/]+\/[^/]+\.htm$/.test(canonical) || !tabBar.length || !byId($, 'panes').length) {
    throw new OohPageError(
      file,
      'this is not an Occupational Outlook Handbook profile page: it has no canonical /ooh/ address, tab bar or tab panes',
    );
  }
  // The page ends with the citation and the "Last Modified Date" line after the nine tabs, and
  // each tab ends with its footer navigation. A file cut short lacks them.
  if (!$('p.update').length || !$('.citation').length) {
    throw new OohPageError(
      file,
      'the file ends early (it has no citation or "Last Modified Date" after the tabs): save the whole page again',
    );
  }
  const tabs: Tab[] = [];
  tabBar.find('a[href^="#tab-"]').each((_, link) => {
    const number = Number($(link).attr('href')!.slice('#tab-'.length));
    const id = SECTION_IDS[number - 1];
    const name = clean($(link).text());
    if (!id)
      throw new OohPageError(file, `the tab bar lists an unknown tab "${name}" (#tab-${number})`);
    const pane = byId($, `tab-${number}`).filter((_, el) => $(el).parent().is('#panes'));
    if (!pane.length) {
      throw new OohPageError(
        file,
        `the "${name}" tab is missing: the tab bar lists it, but the page has no #tab-${number}`,
      );
    }
    if (!pane.find('.tab-footer').length) {
      throw new OohPageError(
        file,
        `the "${name}" tab ends early (it has no footer navigation): the file may be cut short`,
      );
    }
    tabs.push({ id, name, pane: pane.first() as Cheerio<Element> });
  });
  return tabs;
}
