// @ts-check
// lang="es": every phrase of BLS's fixed vocabularies (education, work experience, on-the-job
// training, job outlook) has a Spanish text. The phrases are read from BLS's own files, parsed here
// independently of the elements: Employment Projections table 1.2 (2024-34) and the Quick Facts of
// the 342 OOH pages.
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { before, describe, it } from 'node:test';
import * as cheerio from 'cheerio';
import { transform } from 'esbuild';
import readXlsxFile from 'read-excel-file/node';
import { blsData, repoRoot } from './helpers.mjs';

const projections = join(blsData, 'ep-2024-34-occupation.xlsx');
const pages = join(blsData, '../ooh-2024-34/pages');
const missing = [projections, pages].filter((file) => !existsSync(file));

/** src/i18n/es.vocabulary.ts, compiled (it imports nothing). */
async function spanishVocabulary() {
  const source = readFileSync(join(repoRoot, 'src/i18n/es.vocabulary.ts'), 'utf8');
  const { code } = await transform(source, { loader: 'ts', format: 'esm' });
  const module = await import(`data:text/javascript,${encodeURIComponent(code)}`);
  return /** @type {(text: string) => string} */ (module.spanishVocabulary);
}

/** Cell text as a reader sees it: white space runs collapsed. */
const clean = (/** @type {unknown} */ text) => String(text).replace(/\s+/g, ' ').trim();

describe(
  'Spanish texts of BLS’s fixed vocabularies',
  { skip: missing.length > 0 && `BLS files not found: ${missing.join(', ')} (set OCC_BLS_DATA)` },
  () => {
    /** @type {(text: string) => string} */
    let spanish;
    /** @type {Map<string, Set<string>>} */
    const phrases = new Map();
    const add = (/** @type {string} */ list, /** @type {string} */ text) => {
      if (!phrases.has(list)) phrases.set(list, new Set());
      phrases.get(list)?.add(text);
    };

    before(async () => {
      spanish = await spanishVocabulary();
      // Table 1.2: the three categorical columns, found by their headers.
      const sheets = await readXlsxFile(projections);
      const rows = /** @type {unknown[][]} */ (
        sheets.find((sheet) => sheet.sheet === 'Table 1.2')?.data
      );
      const header = rows.findIndex((row) => row.includes('Typical education needed for entry'));
      const columns = {
        education: rows[header]?.indexOf('Typical education needed for entry'),
        experience: rows[header]?.indexOf('Work experience in a related occupation'),
        training: rows[header]?.findIndex((cell) =>
          String(cell).startsWith('Typical on-the-job training'),
        ),
      };
      for (const row of rows.slice(header + 1)) {
        for (const [list, column] of Object.entries(columns)) {
          const cell = row[/** @type {number} */ (column)];
          if (typeof cell === 'string' && cell !== '—') add(list, clean(cell));
        }
      }
      // The OOH pages' Quick Facts: the rows by their glossary anchors.
      const anchors = {
        'qf-education': 'education',
        'qf-experience': 'experience',
        'qf-training': 'training',
        'qf-outlook': 'outlook',
      };
      for (const file of readdirSync(pages).filter((name) => name.endsWith('.html'))) {
        // Only the Quick Facts table is parsed (the pages are large; the table holds no other table).
        const page = readFileSync(join(pages, file), 'utf8');
        const start = page.lastIndexOf('<table', page.indexOf('id="quickfacts"'));
        const $ = cheerio.load(page.slice(start, page.indexOf('</table>', start) + 8));
        $('#quickfacts tr').each((_, row) => {
          const anchor = $(row).find('th a').attr('id') ?? '';
          const list = Object.entries(anchors).find(([id]) => anchor.endsWith(`inlineId=${id}`));
          if (!list) return;
          const value = clean($(row).find('td').text());
          // "5% (Faster than average)": the phrase is in parentheses.
          add(list[1], list[1] === 'outlook' ? (value.match(/\(([^)]+)\)/)?.[1] ?? value) : value);
        });
      }
    });

    it('reads the four lists from BLS’s files', () => {
      assert.deepEqual([...phrases.keys()].sort(), [
        'education',
        'experience',
        'outlook',
        'training',
      ]);
      assert.ok(phrases.get('education')?.has('Postsecondary nondegree award'));
      assert.ok(phrases.get('outlook')?.has('Much faster than average'));
    });

    it('translates every phrase of every list', () => {
      const untranslated = [...phrases].flatMap(([list, texts]) =>
        [...texts].filter((text) => spanish(text) === text).map((text) => `${list}: ${text}`),
      );
      assert.deepEqual(untranslated, []);
    });

    it('gives the OOH’s phrases their Spanish texts, whatever the apostrophe or case', () => {
      assert.equal(
        spanish('Postsecondary nondegree award'),
        'Certificado postsecundario sin título universitario',
      );
      assert.equal(spanish('None'), 'Ninguna');
      assert.equal(spanish('Much faster than average'), 'Mucho más rápido que la media');
      assert.equal(spanish('Bachelor’s degree'), spanish("Bachelor's degree"));
      assert.equal(spanish('much faster than average'), 'Mucho más rápido que la media');
    });

    it('shows any other text as given', () => {
      assert.equal(spanish('Medical records specialists'), 'Medical records specialists');
      assert.equal(spanish(''), '');
    });
  },
);
