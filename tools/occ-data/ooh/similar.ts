/**
 * The Similar Occupations table: each row's title, duties, entry-level education and median pay,
 * with BLS's page for it and that page's slug.
 */
import type { CheerioAPI } from 'cheerio';
import type { SimilarOccupation } from '../../../src/data/types.js';
import { absoluteHref, oohSlug } from './links.js';
import { optional } from './quick-facts.js';
import { clean, readMoney } from './text.js';
import { byId } from './by-id.js';

export function readSimilar($: CheerioAPI, warn: (message: string) => void): SimilarOccupation[] {
  return byId($, 'similar-occupations')
    .find('tbody tr')
    .toArray()
    .flatMap((row): SimilarOccupation[] => {
      const cells = $(row).children('td').toArray();
      if (cells.length < 5) return [];
      const link = $(cells[1]).find('a').first();
      const title = clean($(cells[1]).text());
      if (!title) return [];
      const url = absoluteHref(link.attr('href'));
      if (!url) warn(`similar occupations: "${title}" has no link`);
      const pay = clean($(cells[4]).text());
      return [
        {
          title,
          ...optional('duties', clean($(cells[2]).text())),
          ...optional('entryLevelEducation', clean($(cells[3]).text())),
          ...optional('medianPay', readMoney(pay)),
          ...optional('url', url?.href),
          ...optional('slug', url && oohSlug(url)),
        },
      ];
    });
}
