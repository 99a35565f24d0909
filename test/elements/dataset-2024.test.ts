import { expect, fixture, html } from '@open-wc/testing';
import '../../src/index.js';
import type { OccElement } from '../../src/core/occ-element.js';
import { loaded, shownText, texts } from '../helpers.js';

/** Medical Records Specialists in the shipped 2024-34 dataset: its page's figures, plus OEWS's. */
const SRC = '/data/29-2072.json';

async function show<T extends OccElement>(template: ReturnType<typeof html>) {
  const el = await fixture<T>(template);
  await loaded(el);
  await el.updateComplete;
  return el;
}

describe('data/29-2072.json (2024-34) in the elements', () => {
  it('<occ-quick-facts> shows the page’s figures', async () => {
    const el = await show(html`<occ-quick-facts src=${SRC}></occ-quick-facts>`);
    const text = shownText(el);
    expect(text).to.contain('$50,250 per year');
    expect(text).to.contain('$24.16 per hour');
    expect(text).to.contain('194,800');
    expect(text).to.contain('7% (Much faster than average)');
    expect(text).to.contain('13,800');
    await expect(el).to.be.accessible();
  });

  it('<occ-pay-chart> shows the pay chart and the May 2024 percentiles', async () => {
    const el = await show(html`<occ-pay-chart src=${SRC}></occ-pay-chart>`);
    expect(texts(el, 'svg.bars .value')).to.deep.equal(['$54,270', '$50,250', '$49,500']);
    // 10th, 25th, median, 75th, 90th: the page gives three, OEWS adds the quartiles.
    expect(texts(el, 'svg.strip .value')).to.deep.equal([
      '$35,780',
      '$41,600',
      '$50,250',
      '$64,070',
      '$80,950',
    ]);
    expect(shownText(el)).to.contain('May 2024');
    await expect(el).to.be.accessible();

    el.setAttribute('basis', 'hourly');
    await el.updateComplete;
    expect(texts(el, 'svg.bars .value')).to.deep.equal(['$26.09', '$24.16', '$23.80']);
    expect(texts(el, 'svg.strip .value')).to.deep.equal([
      '$17.20',
      '$20.00',
      '$24.16',
      '$30.80',
      '$38.92',
    ]);
    await expect(el).to.be.accessible();
  });

  it('<occ-outlook> shows the outlook, its phrase and the openings', async () => {
    const el = await show(html`<occ-outlook src=${SRC}></occ-outlook>`);
    expect(texts(el, 'svg .value')).to.deep.equal(['7%', '6%', '3%']);
    const text = shownText(el);
    expect(text).to.contain('Much faster than average');
    expect(text).to.contain('13,800');
    await expect(el).to.be.accessible();
  });

  it('<occ-profile tab="pay"> says each pay fact once, and introduces the industries table before it', async () => {
    const el = await show(html`<occ-profile src=${SRC} tab="pay"></occ-profile>`);
    const panel = el.shadowRoot!.querySelector<HTMLElement>('[role="tabpanel"]:not([hidden])')!;
    // The visible text of the panel, through the composed elements' shadow roots, in order.
    const visible: string[] = [];
    const walk = (root: Node) => {
      for (const node of root.childNodes) {
        if (node instanceof Element) {
          if (!node.checkVisibility()) continue;
          if (node.shadowRoot) walk(node.shadowRoot);
          walk(node);
        } else if (node.nodeType === Node.TEXT_NODE && node.textContent!.trim()) {
          visible.push(node.textContent!.replace(/\s+/g, ' ').trim());
        }
      }
    };
    walk(panel);
    const text = visible.join(' ');
    const said = (fact: string) => text.split(fact).length - 1;
    expect(said('the highest 10 percent earned more than $80,950')).to.equal(1);
    const intro = text.indexOf('in the top industries in which they worked were as follows:');
    const table = text.indexOf('Management of companies and enterprises');
    const after = text.indexOf('Most medical records specialists work full time.');
    expect(intro).to.be.greaterThan(-1);
    expect(intro).to.be.lessThan(table);
    expect(table).to.be.lessThan(after);
    await expect(el).to.be.accessible();
  });
});
