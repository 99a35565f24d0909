// The WordPress plugin (integrations/wordpress/occ-elements) in a real WordPress 6.1 with MariaDB
// and Apache, started by integrations/wordpress/test-env/setup.sh (which `.ci/run` runs), driven in
// Chromium. Without that site these tests are skipped, with a line saying how to start it.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import {
  axeViolations,
  deepText,
  expectedFigures,
  findSite,
  launch,
  logIn,
  open,
  pluginDir,
  rest,
  shippedProfile,
  waitForElements,
  waitForText,
} from './site.mjs';

const { site, skip } = await findSite();
const pluginFiles = '/wp-content/plugins/occ-elements/';
const settle = (ms = 600) => new Promise((resolve) => setTimeout(resolve, ms));
const elements =
  'occ-profile, occ-quick-facts, occ-pay-chart, occ-outlook, occ-employers, occ-similar, occ-finder, occ-compare';

// Attributes an author might paste: markup that would run script if unescaped, and javascript: URLs.
const payload = '"><img src=x onerror="window.occInjected=1">';
const block = (attributes) => `<!-- wp:occ-elements/occupation ${JSON.stringify(attributes)} /-->`;
const hostileContent = [
  block({ element: 'quick-facts', occupation: 'registered-nurses' }),
  block({ element: 'pay-chart', occupation: 'registered-nurses', theme: payload }),
  block({
    element: 'finder',
    education: payload,
    hrefTemplate: 'javascript:window.occInjected=1//{slug}',
  }),
  '[occ_similar occupation="registered-nurses" href_template="javascript:window.occInjected=1//{slug}"]',
  `[occ_outlook occupation="registered-nurses" view='"><svg onload=window.occInjected=1>']`,
  '[occ_quick_facts soc="29-1141" lang="es"]',
].join('\n\n');

if (skip) {
  it('the WordPress plugin in a real WordPress', {
    skip: `${skip}: start it with "bash integrations/wordpress/test-env/setup.sh" (root, Debian; .ci/run does)`,
  });
} else {
  describe('the WordPress plugin occ-elements', () => {
    let browser;
    let figures;
    const createdPosts = [];
    before(async () => {
      browser = await launch();
      figures = expectedFigures(shippedProfile('registered-nurses').profile);
    });
    after(async () => {
      await browser?.close();
      for (const id of createdPosts)
        await rest(site, 'admin', `/wp/v2/posts/${id}`, { method: 'DELETE', query: '&force=true' });
    });

    for (const [made, slug] of [
      ['the block', 'occ-block'],
      ['the shortcodes', 'occ-shortcode'],
    ]) {
      it(`a page made with ${made} shows registered nurses' median pay and outlook from the shipped data, axe clean, without console errors or layout shift`, async () => {
        const context = await browser.createBrowserContext();
        const { page, record } = await open(context, site.pages[slug]);
        await waitForText(page, [figures.medianPay, figures.outlook]);
        await waitForElements(page);
        await settle();
        assert.deepEqual(record.errors, []);
        assert.deepEqual(await axeViolations(page, elements), []);
        const shift = await page.evaluate(() => window.occLayoutShift);
        assert.ok(shift <= 0.01, `layout shift ${shift}`);
        // The plugin's module script, from its own copy of dist/, and no inline script on the page.
        const scripts = await page.evaluate(() =>
          [...document.scripts].map((script) => ({
            src: script.src,
            type: script.type,
            inline: !script.src && script.textContent.trim() !== '',
          })),
        );
        assert.ok(
          scripts.some(
            (script) =>
              script.type === 'module' && script.src.includes(`${pluginFiles}dist/occ-elements.js`),
          ),
        );
        assert.deepEqual(
          scripts.filter((script) => script.inline),
          [],
        );
        // Each element speaks the page's language (get_locale()).
        const langs = await page.evaluate(
          (elements) => [
            document.documentElement.lang,
            ...[...document.querySelectorAll(elements)].map((node) => node.lang),
          ],
          elements,
        );
        assert.ok(
          langs.every((lang) => lang === 'en-US'),
          langs.join(),
        );
        await context.close();
      });
    }

    it('the site sends a strict Content-Security-Policy (no inline script) on those pages', async () => {
      const response = await fetch(site.pages['occ-block']);
      const policy = response.headers.get('content-security-policy') ?? '';
      assert.match(policy, /script-src 'self'(;|$)/);
      assert.doesNotMatch(policy, /unsafe-inline'[^;]*;.*script-src|script-src[^;]*unsafe/);
    });

    it("a page without the block loads none of the plugin's files", async () => {
      const context = await browser.createBrowserContext();
      const { page, record } = await open(context, site.pages['occ-plain']);
      await settle();
      assert.ok((await deepText(page)).includes('Nothing about occupations here.'));
      assert.deepEqual(
        record.requests.filter((url) => url.includes(pluginFiles)),
        [],
      );
      assert.ok(!(await page.content()).includes(pluginFiles));
      assert.deepEqual(record.errors, []);
      await context.close();
    });

    for (const who of ['author', 'admin']) {
      const can =
        who === 'author'
          ? 'an author without unfiltered_html'
          : 'an administrator (unfiltered_html, so WordPress does not filter it first)';
      it(`${can} adds the block and the shortcodes through the REST API; markup and javascript: URLs in attributes never run`, async () => {
        const me = await rest(site, who, '/wp/v2/users/me', { query: '&context=edit' });
        assert.equal(Boolean(me.capabilities.unfiltered_html), who === 'admin');
        const post = await rest(site, who, '/wp/v2/posts', {
          method: 'POST',
          body: {
            title: `Injection attempt by the ${who}`,
            status: 'publish',
            content: hostileContent,
          },
        });
        createdPosts.push(post.id);

        const html = await (await fetch(post.link)).text();
        assert.ok(!html.includes('javascript:'), 'a javascript: URL reached the page');
        assert.ok(
          !/<img[^>]+src=["']?x/.test(html) && !/<svg[^>]+onload/.test(html),
          'markup from an attribute reached the page',
        );

        const context = await browser.createBrowserContext();
        const { page, record } = await open(context, post.link);
        await waitForText(page, [figures.medianPay, figures.outlook]);
        await waitForElements(page);
        await page.hover('occ-pay-chart');
        await settle();
        assert.deepEqual(record.dialogs, []);
        assert.equal(await page.evaluate(() => window.occInjected), undefined);
        const unsafe = await page.evaluate(() => {
          const found = [];
          const walk = (root) => {
            for (const node of root.querySelectorAll('*')) {
              for (const attribute of node.attributes) {
                if (attribute.name.startsWith('on') || /^\s*javascript:/i.test(attribute.value))
                  found.push(`${node.localName} ${attribute.name}`);
              }
              if (node.shadowRoot) walk(node.shadowRoot);
            }
          };
          walk(document);
          return found;
        });
        assert.deepEqual(unsafe, []);
        // The attribute's text arrives as text: the finder gets it as its education filter (for the
        // author, as WordPress's kses left it).
        const education = await page.evaluate(() =>
          document.querySelector('occ-finder')?.getAttribute('education'),
        );
        assert.ok(education?.startsWith('">'), `education="${education}"`);
        if (who === 'admin') assert.equal(education, payload);
        // The Spanish shortcode option reaches the element.
        assert.equal(
          await page.evaluate(() => document.querySelectorAll('occ-quick-facts')[1]?.lang),
          'es',
        );
        await context.close();
      });
    }

    it('an unknown occupation or option: readers see the rest of the page and nothing broken, editors a notice', async () => {
      const reader = await browser.createBrowserContext();
      const { page, record } = await open(reader, site.pages['occ-unknown']);
      // The pay chart renders with its valid options; the unknown ones are left out.
      await waitForText(page, ['This paragraph comes after them.', figures.medianPay]);
      await waitForElements(page);
      await settle();
      assert.deepEqual(record.errors, []);
      assert.equal(await page.$('.occ-elements-notice'), null);
      assert.equal(await page.$('occ-profile, occ-outlook'), null);
      assert.deepEqual(await axeViolations(page, 'occ-pay-chart'), []);
      await reader.close();

      const editor = await browser.createBrowserContext();
      await logIn(editor, site, 'admin');
      const { page: editorPage } = await open(editor, site.pages['occ-unknown']);
      const notices = await editorPage.$$eval('.occ-elements-notice', (nodes) =>
        nodes.map((node) => (node.checkVisibility() ? node.textContent : '')),
      );
      const text = notices.join('\n');
      for (const expected of [
        'No occupation "no-such-occupation"',
        'No occupation "no-such-job"',
        '"weekly" is not a valid value for "basis"',
        '"colour" is not an option',
      ]) {
        assert.ok(text.includes(expected), `${expected} in ${text}`);
      }
      assert.ok((await deepText(editorPage)).includes('This paragraph comes after them.'));
      await editor.close();
    });

    it("the settings page's data URL is used when set, and a javascript: URL is refused", async () => {
      const mirror = `${site.url}/occ-data-mirror/`;
      const admin = await browser.createBrowserContext();
      await logIn(admin, site, 'admin');
      const { page: settings } = await open(admin);
      const save = async (value) => {
        await settings.goto(`${site.url}/wp-admin/options-general.php?page=occ-elements`);
        await settings.$eval(
          '#occ_elements_data_url',
          (input, value) => (input.value = value),
          value,
        );
        await Promise.all([settings.waitForNavigation(), settings.click('#submit')]);
        return settings.$eval('#occ_elements_data_url', (input) => input.value);
      };
      try {
        assert.equal(await save(mirror), mirror);

        const reader = await browser.createBrowserContext();
        const { page, record } = await open(reader, site.pages['occ-block']);
        await waitForText(page, [figures.medianPay, figures.outlook]);
        assert.ok(
          (await page.$eval('occ-profile', (node) => node.getAttribute('src'))).startsWith(mirror),
        );
        assert.ok(record.requests.some((url) => url.startsWith(mirror)));
        assert.deepEqual(
          record.requests.filter((url) => url.includes(`${pluginFiles}data/`)),
          [],
        );
        await reader.close();

        assert.equal(await save('javascript:alert(document.cookie)//'), mirror);
        assert.ok(
          (await settings.$eval('.wrap', (node) => node.textContent)).includes(
            'must start with https://',
          ),
        );
      } finally {
        assert.equal(await save(''), '');
        await admin.close();
      }
    });

    it('the block editor previews the block for an administrator, with the occupation picker', async () => {
      const context = await browser.createBrowserContext();
      await logIn(context, site, 'admin');
      const { page } = await open(context, `${site.url}/wp-admin/post-new.php`);
      await page.waitForFunction(
        () =>
          window.wp?.blocks?.getBlockType('occ-elements/occupation') &&
          window.wp.data.select('core/block-editor'),
        { timeout: 30000 },
      );
      await page.evaluate(() => {
        const block = wp.blocks.createBlock('occ-elements/occupation', {
          element: 'quick-facts',
          occupation: 'registered-nurses',
        });
        wp.data.dispatch('core/block-editor').insertBlocks(block);
        wp.data.dispatch('core/block-editor').selectBlock(block.clientId);
      });
      // The preview is the server's rendering, made live by the elements' script in the editor.
      await waitForText(page, [figures.medianPay, figures.outlook], {
        selector: '.wp-block-occ-elements-occupation',
        timeout: 30000,
      });
      // A valid block has nothing to tell the editor (the block's unset options are not "unknown").
      const notices = await Promise.all(
        page
          .frames()
          .map((frame) =>
            frame.$$eval('.occ-elements-notice', (nodes) => nodes.map((node) => node.textContent)),
          ),
      );
      assert.deepEqual(notices.flat(), []);

      // The occupation picker searches the shipped index: typing a title and choosing the match
      // sets the block's occupation, and the preview follows.
      const other = shippedProfile('electricians');
      const input = await page.waitForSelector('.components-combobox-control input', {
        timeout: 10000,
      });
      await input.click({ clickCount: 3 });
      await input.type(other.entry.title);
      const choice = await page.waitForSelector(
        `xpath///*[contains(@class, "components-form-token-field__suggestion") and starts-with(normalize-space(.), "${other.entry.title} (")]`,
      );
      await choice.click();
      const chosen = await page.evaluate(
        () => wp.data.select('core/block-editor').getSelectedBlock().attributes.occupation,
      );
      // Its Handbook slug, or its SOC code (the same profile, listed under its code too).
      assert.ok([other.entry.slug, ...[other.entry.soc].flat()].includes(chosen), chosen);
      await waitForText(page, [other.entry.title, expectedFigures(other.profile).medianPay], {
        selector: '.wp-block-occ-elements-occupation',
        timeout: 30000,
      });
      await context.close();
    });

    it('the editor catalog lists every element and the shipped occupations, for editors only', async () => {
      const catalog = await rest(site, 'author', '/occ-elements/v1/catalog');
      assert.deepEqual(
        catalog.elements.map((element) => element.name),
        [
          'profile',
          'quick-facts',
          'pay-chart',
          'outlook',
          'employers',
          'similar',
          'finder',
          'compare',
        ],
      );
      const { entry } = shippedProfile('registered-nurses');
      assert.ok(
        catalog.occupations.some(
          (option) =>
            option.value === (entry.slug ?? entry.soc) && option.label.startsWith(entry.title),
        ),
      );
      await assert.rejects(
        rest(site, null, '/occ-elements/v1/catalog'),
        (error) => error.status === 401,
      );
    });

    it('the finder and compare shortcodes point at the shipped index and profiles', async () => {
      const html = await (await fetch(site.pages['occ-finder'])).text();
      const finder = html.match(
        /<occ-finder src="([^"]+)" lang="en-US" sort="growth" limit="20"><\/occ-finder>/,
      );
      assert.ok(finder, 'the finder tag');
      assert.equal((await fetch(finder[1])).status, 200);
      assert.ok(finder[1].endsWith(`${pluginFiles}data/index.json`));
      // Compare: the profiles as a list of URLs separated by spaces, and the index to add others from.
      const compare = html.match(/<occ-compare src="([^"]+)" index="([^"]+)"/);
      const urls = compare[1].split(' ');
      assert.equal(urls.length, 2);
      for (const url of urls) assert.equal((await fetch(url)).status, 200);
      assert.equal(compare[2], finder[1]);
    });

    it('finds an occupation by slug, SOC code, title or old SOC code in either index format, and only files inside the data', () => {
      const find = (dir, queries) =>
        JSON.parse(
          execFileSync(
            'php',
            [
              fileURLToPath(new URL('fixtures/find-occupations.php', import.meta.url)),
              dir,
              ...queries,
            ],
            { encoding: 'utf8' },
          ),
        );
      // The 2024-34 format: slug, title, file, kind, soc[], and the SOC 2010 crosswalk.
      assert.deepEqual(
        find(fileURLToPath(new URL('fixtures/index-2024-34/', import.meta.url)), [
          'registered-nurses',
          '29-1141',
          '45-2092',
          '29-2071',
          'Registered Nurses',
          'escape',
          'no-such-job',
        ]),
        {
          'registered-nurses': 'registered-nurses.json',
          '29-1141': '29-1141.json',
          '45-2092': 'agricultural-workers.json',
          '29-2071': 'medical-records-specialists.json',
          'Registered Nurses': 'registered-nurses.json',
          escape: null,
          'no-such-job': null,
        },
      );
      // Whatever the installed plugin ships (the 2018-28 format has soc, title and file).
      const { entry } = shippedProfile('registered-nurses');
      // A SOC code is its own file where the index has one (the 2024-34 data: a copy of the
      // Handbook profile of that code), else the occupation's.
      const bySoc = shippedProfile('29-1141').entry;
      assert.deepEqual(find(`${pluginDir}/data`, ['registered-nurses', '29-1141', 'no-such-job']), {
        'registered-nurses': entry.file,
        '29-1141': bySoc.file,
        'no-such-job': null,
      });
    });

    it('PHP logs no notice or warning from the plugin', () => {
      const log = readFileSync(
        `${process.env.OCC_WP_STATE ?? '/var/tmp/occ-wordpress'}/debug.log`,
        'utf8',
      );
      assert.deepEqual(
        log.split('\n').filter((line) => line.includes('plugins/occ-elements/')),
        [],
      );
    });
  });
}
