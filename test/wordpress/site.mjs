// The WordPress test site (integrations/wordpress/test-env/setup.sh) as the tests see it: where it
// is, who can log in, what the plugin ships, and a browser that records what a page did.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import puppeteer from 'puppeteer-core';

const state = process.env.OCC_WP_STATE ?? '/var/tmp/occ-wordpress';
export const pluginDir = '/var/lib/wordpress/wp-content/plugins/occ-elements';

/** The site's URL, pages and credentials, or why the tests cannot run. */
export async function findSite() {
  let site;
  try {
    site = JSON.parse(readFileSync(join(state, 'site.json'), 'utf8'));
  } catch {
    return { skip: `no WordPress test site (${state}/site.json is missing)` };
  }
  try {
    const response = await fetch(`${site.url}/?rest_route=/`, {
      signal: AbortSignal.timeout(5000),
    });
    if (!response.ok)
      return { skip: `the WordPress test site at ${site.url} answers ${response.status}` };
  } catch {
    return { skip: `the WordPress test site at ${site.url} is not running` };
  }
  return { site };
}

/** A file of the installed plugin's data, parsed. */
export const pluginData = (file) => JSON.parse(readFileSync(join(pluginDir, 'data', file), 'utf8'));

/** The profile an editor means by "registered-nurses", found in the installed plugin's index by slug or title. */
export function shippedProfile(slug) {
  const { occupations } = pluginData('index.json');
  const titleSlug = (title) =>
    title
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '');
  // A slug of its own first (the 2024-34 index), else the title's (the 2018-28 one has no slugs).
  const entry =
    occupations.find((candidate) => candidate.slug === slug) ??
    occupations.find((candidate) => titleSlug(candidate.title) === slug);
  return { entry, profile: pluginData(entry.file) };
}

const money = (value) => (typeof value === 'object' && value ? value.atLeast : value);

/** The figures a reader must see for a profile: its median annual pay and its outlook percent, as the page writes them. */
export function expectedFigures(profile) {
  const facts = profile.quickFacts;
  const pay = new Intl.NumberFormat('en-US', {
    style: 'currency',
    currency: 'USD',
    maximumFractionDigits: 0,
  });
  return {
    medianPay: pay.format(money(facts.medianPay.annual)),
    outlook: `${facts.outlook.percent}%`,
  };
}

export async function launch() {
  return puppeteer.launch({
    executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'],
  });
}

/**
 * Opens a URL in a fresh page that records console errors, page errors, failed requests, every
 * request's URL, dialogs (an injection that ran) and layout shifts.
 */
export async function open(context, url, { width = 1200, height = 900 } = {}) {
  const page = await context.newPage();
  await page.setViewport({ width, height });
  const record = { errors: [], requests: [], dialogs: [] };
  // The test site has no favicon; the browser's request for one is not the page's doing.
  const favicon = (url) => url?.endsWith('/favicon.ico');
  page.on('console', (message) => {
    if (message.type() === 'error' && !favicon(message.location()?.url))
      record.errors.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => record.errors.push(`page error: ${error.message}`));
  page.on('requestfailed', (request) => record.errors.push(`request failed: ${request.url()}`));
  page.on('response', (response) => {
    if (response.status() >= 400 && !favicon(response.url()))
      record.errors.push(`${response.status()}: ${response.url()}`);
  });
  page.on('request', (request) => record.requests.push(request.url()));
  page.on('dialog', async (dialog) => {
    record.dialogs.push(dialog.message());
    await dialog.dismiss();
  });
  // Through the DevTools protocol, which the page's Content-Security-Policy does not govern.
  await page.evaluateOnNewDocument(() => {
    window.occLayoutShift = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries())
        if (!entry.hadRecentInput) window.occLayoutShift += entry.value;
    }).observe({ type: 'layout-shift', buffered: true });
  });
  if (url) await page.goto(url, { waitUntil: 'load' });
  return { page, record };
}

/** The page's text including every shadow root's, spaces normalized. */
export const deepText = (page, selector = 'body') =>
  page.evaluate((selector) => {
    const text = (node) => {
      let out = '';
      for (const child of node.childNodes) {
        if (child.nodeType === Node.TEXT_NODE) out += child.data;
        else if (child.nodeType === Node.ELEMENT_NODE) {
          if (child.shadowRoot) out += ' ' + text(child.shadowRoot);
          out += ' ' + text(child);
        }
      }
      return out;
    };
    return [...document.querySelectorAll(selector)].map(text).join(' ').replace(/\s+/g, ' ');
  }, selector);

/**
 * Waits until the text of the page (shadow roots included) has every one of these strings, in the
 * page or one of its frames (the block editor's canvas is an iframe on newer WordPress).
 */
export async function waitForText(page, strings, { timeout = 20000, selector = 'body' } = {}) {
  const deadline = Date.now() + timeout;
  let text = '';
  while (Date.now() < deadline) {
    for (const frame of page.frames()) {
      text = await deepText(frame, selector).catch(() => '');
      if (strings.every((string) => text.includes(string))) return text;
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`Timed out waiting for ${JSON.stringify(strings)} in: ${text.slice(0, 600)}…`);
}

/** Every occ-* element of the page (and of their shadow roots) is defined and done loading. */
export const waitForElements = (page) =>
  page.waitForFunction(
    () => {
      const all = [];
      const walk = (root) => {
        for (const node of root.querySelectorAll('*')) {
          if (node.localName.startsWith('occ-')) all.push(node);
          if (node.shadowRoot) walk(node.shadowRoot);
        }
      };
      walk(document);
      const defined = all.filter((node) => customElements.get(node.localName));
      return (
        defined.length > 0 && defined.every((node) => node.getAttribute('aria-busy') !== 'true')
      );
    },
    { timeout: 20000, polling: 100 },
  );

const axeSource = readFileSync(
  createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
  'utf8',
);

/** axe-core's violations inside the given elements (their shadow roots included). */
export async function axeViolations(page, selector) {
  await page.evaluate(axeSource);
  return page.evaluate(async (selector) => {
    const result = await window.axe.run(
      { include: [...document.querySelectorAll(selector)].map((node) => [node]) },
      { resultTypes: ['violations'] },
    );
    return result.violations.map(
      (violation) =>
        `${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target.join(' ')).join('; ')})`,
    );
  }, selector);
}

/** Logs a browser context in through wp-login.php. */
export async function logIn(context, site, who) {
  const { page } = await open(context, `${site.url}/wp-login.php`);
  await page.type('#user_login', site[who].user);
  await page.type('#user_pass', site[who].password);
  await Promise.all([page.waitForNavigation({ waitUntil: 'load' }), page.click('#wp-submit')]);
  if (page.url().includes('wp-login.php')) throw new Error(`${who} could not log in`);
  await page.close();
}

/** A REST request with a user's application password. */
export async function rest(site, who, route, { method = 'GET', body, query = '' } = {}) {
  const headers = body ? { 'content-type': 'application/json' } : {};
  if (who) {
    const auth = Buffer.from(`${site[who].user}:${site[who].applicationPassword}`).toString(
      'base64',
    );
    headers.authorization = `Basic ${auth}`;
  }
  const response = await fetch(`${site.url}/?rest_route=${route}${query}`, {
    method,
    headers,
    body: body ? JSON.stringify(body) : undefined,
  });
  const json = await response.json();
  if (!response.ok)
    throw Object.assign(
      new Error(`${method} ${route}: ${response.status} ${JSON.stringify(json)}`),
      { status: response.status },
    );
  return json;
}
