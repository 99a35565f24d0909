import { expect } from '@open-wc/testing';
import {
  closePages,
  expectAccessible,
  openPage,
  query,
  requireBuilt,
  shownComparison,
  shownFinder,
  shownProfile,
  sleep,
  waitFor,
} from './frame.js';

const PAGE = '/examples/cms/index.html';

interface Violation {
  directive: string;
  blocked: string;
  sample: string;
  source: string;
}
/** The list that the page's own csp-monitor.js keeps. */
type MonitoredWindow = Window & { cspViolations?: Violation[]; inlineScriptRan?: boolean };

describe('examples/cms', () => {
  before(() => requireBuilt('/dist/occ-elements.js', 'npm run build'));
  afterEach(closePages);

  it('shows the elements inside the editor-produced content', async () => {
    const doc = (await openPage(PAGE)).contentDocument!;
    const content = query<HTMLElement>(doc, '.entry-content');
    expect(await shownProfile(query(content, 'p > occ-quick-facts'))).to.contain(
      '$50,250 per year',
    );
    const pay = await shownProfile(query(content, 'occ-pay-chart'));
    expect(pay).to.contain('$50,250');
    expect(pay, 'hide-industries').not.to.contain('Median annual wages in the top industries');
    expect(await shownProfile(query(content, 'occ-outlook'))).to.contain('7%');
    // The site's theme reaches into the elements through the --occ-* tokens.
    const quickFacts = query(content, 'occ-quick-facts');
    expect(getComputedStyle(quickFacts).getPropertyValue('--occ-color-accent').trim()).to.equal(
      '#5c1a1b',
    );
  });

  it('compares the certificate’s occupation with the degree’s, and finds more with a certificate', async () => {
    const doc = (await openPage(PAGE)).contentDocument!;
    const content = query<HTMLElement>(doc, '.entry-content');
    const compare = query(content, 'occ-compare');
    const compared = await shownComparison(compare);
    expect(compared).to.contain('Medical Records Specialists');
    expect(compared).to.contain('Health Information Technologists and Medical Registrars');
    await expectAccessible(compare);

    const finder = query(content, 'occ-finder');
    const found = await shownFinder(finder);
    const rows = [...finder.shadowRoot!.querySelectorAll('tbody tr')];
    expect(rows.length).to.be.within(1, 6);
    for (const row of rows)
      expect(row.textContent, 'education="postsecondary"').to.contain(
        'Postsecondary nondegree award',
      );
    expect(found).to.contain('Medical Records Specialists');
    await expectAccessible(finder);
  });

  it("runs under script-src/style-src 'self' with no policy violation", async () => {
    const frame = await openPage(PAGE);
    const doc = frame.contentDocument!;
    const win = frame.contentWindow as MonitoredWindow;

    // The page: the policy comes first in <head>; no inline script, <style> or style attribute.
    const policy = doc.head.firstElementChild!.nextElementSibling!;
    expect(policy.getAttribute('http-equiv')).to.equal('Content-Security-Policy');
    expect(policy.getAttribute('content')).to.equal("script-src 'self'; style-src 'self'");
    expect(doc.querySelectorAll('script:not([src]), style, [style]').length).to.equal(0);

    for (const tag of ['occ-quick-facts', 'occ-pay-chart', 'occ-outlook'])
      await shownProfile(query(doc, tag));
    await shownFinder(query(doc, 'occ-finder'));
    await shownComparison(query(doc, 'occ-compare'));
    // Violation events are queued as tasks: give any late one time to arrive.
    await sleep(200);
    expect(win.cspViolations, 'the monitor ran before the bundle').to.be.an('array');
    expect(win.cspViolations).to.deep.equal([]);
    expect(query<HTMLElement>(doc, '#csp-report').textContent).to.equal(
      'Content-Security-Policy: no violations.',
    );

    // Control: the policy is in force and the monitor hears violations.
    const inline = doc.createElement('script');
    inline.textContent = 'window.inlineScriptRan = true;';
    doc.body.append(inline);
    const [violation] = await waitFor('the monitor to report the blocked inline script', () =>
      win.cspViolations!.length ? win.cspViolations! : undefined,
    );
    expect(violation!.directive).to.equal('script-src-elem');
    expect(violation!.blocked).to.equal('inline');
    expect(win.inlineScriptRan).to.equal(undefined);
  });
});
