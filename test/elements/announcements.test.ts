/**
 * What a screen reader hears, read from Chromium's accessibility tree: each fact once. A chart's
 * title is its figure's caption (not also the SVG's name or the start of its description), a
 * figure the page states in words is not repeated in a chart's description, the view toggle says
 * what it does without also being "pressed", "Get data" is said once, and the table view names the
 * highlighted occupation in words.
 */
import { expect, fixture, fixtureCleanup, html } from '@open-wc/testing';
import { a11ySnapshot } from '@web/test-runner-commands';
import '../../src/index.js';
import type { OccElement } from '../../src/core/occ-element.js';
import { loaded } from '../helpers.js';

const REFERENCE = '/data/editions/2019-20/29-2071.json';

interface AXNode {
  role: string;
  name?: string;
  description?: string;
  pressed?: boolean | 'mixed';
  children?: AXNode[];
}

/**
 * The nodes of the page's accessibility tree (Chromium's, as a screen reader gets it), but not the
 * text inside a link or button: that text is the link's or button's name, said once as such.
 */
async function axNodes(): Promise<AXNode[]> {
  const all: AXNode[] = [];
  const walk = (node: AXNode) => {
    all.push(node);
    if (node.role !== 'link' && node.role !== 'button') node.children?.forEach(walk);
  };
  walk((await a11ySnapshot({})) as unknown as AXNode);
  return all;
}

/** How many times `text` is in the tree's names and descriptions. */
function timesSaid(nodes: AXNode[], text: string): number {
  return nodes
    .flatMap((node) => [node.name ?? '', node.description ?? ''])
    .reduce((count, said) => count + said.split(text).length - 1, 0);
}

async function shown(template: ReturnType<typeof html>) {
  const box = await fixture<HTMLDivElement>(html`<div style="width: 800px">${template}</div>`);
  const el = box.firstElementChild as OccElement;
  await loaded(el);
  return el;
}

describe('what a screen reader hears', () => {
  afterEach(() => fixtureCleanup());

  it('<occ-pay-chart> says each title and each wage once', async () => {
    await shown(html`<occ-pay-chart src=${REFERENCE}></occ-pay-chart>`);
    const nodes = await axNodes();
    for (const fact of [
      'Median annual wages, May 2018',
      'Distribution of annual wages, May 2018',
      'Median annual wages in the top industries, May 2018',
      '$44,700',
      '$40,350', // the occupation's median: its bar, and the strip's median marker
      '$38,640',
      '$26,550', // the 10th and 90th percentiles: in the OOH sentence
      '$66,260',
      '$43,470',
    ]) {
      expect(timesSaid(nodes, fact), fact).to.equal(1);
    }
    const images = nodes.filter((node) => node.role === 'image');
    expect(images.map((node) => node.name)).to.deep.equal(['Bar chart', 'Range chart']);
  });

  it('<occ-pay-chart> says the 25th and 75th percentiles once, in the strip’s description', async () => {
    // Software developers, May 2024: each percentile as data/15-1252.json has it.
    const profile = await (await fetch('/data/15-1252.json')).json();
    await shown(html`<occ-pay-chart .data=${profile}></occ-pay-chart>`);
    const nodes = await axNodes();
    for (const fact of ['$79,850', '$103,050', '$133,080', '$169,000', '$211,450']) {
      expect(timesSaid(nodes, fact), fact).to.equal(1);
    }
  });

  it('<occ-outlook> says its title, its figures and "Get data" once', async () => {
    await shown(html`<occ-outlook src=${REFERENCE}></occ-outlook>`);
    const nodes = await axNodes();
    expect(timesSaid(nodes, 'Percent change in employment, projected 2018–\u206028')).to.equal(1);
    expect(timesSaid(nodes, 'Get data')).to.equal(1);
    const link = nodes.find((node) => node.role === 'link')!;
    expect(link.name).to.equal(
      'Get data (employment projections for Medical Records and Health Information Technicians)',
    );
  });

  it('<occ-employers> says its title once', async () => {
    await shown(html`<occ-employers src=${REFERENCE}></occ-employers>`);
    const nodes = await axNodes();
    expect(timesSaid(nodes, 'Largest employers, 2018')).to.equal(1);
    expect(nodes.filter((node) => node.role === 'image').map((node) => node.name)).to.deep.equal([
      'Bar chart',
    ]);
  });

  it('the view toggle says what it does, and is not also a pressed button', async () => {
    const el = await shown(html`<occ-outlook src=${REFERENCE}></occ-outlook>`);
    const toggle = () => el.shadowRoot!.querySelector<HTMLButtonElement>('[part="toggle"]')!;
    let button = (await axNodes()).find((node) => node.role === 'button')!;
    expect(button).to.include({ name: 'Show table' });
    expect(button.pressed).to.equal(undefined);
    toggle().click();
    await el.updateComplete;
    button = (await axNodes()).find((node) => node.role === 'button')!;
    expect(button).to.include({ name: 'Show chart' });
    expect(button.pressed).to.equal(undefined);
  });

  it('the table view names the highlighted occupation in words', async () => {
    const el = await shown(html`<occ-pay-chart src=${REFERENCE} view="table"></occ-pay-chart>`);
    const nodes = await axNodes();
    expect(timesSaid(nodes, '(this occupation)')).to.equal(1);
    const row = el.shadowRoot!.querySelector('tr.focus th')!;
    expect(row.textContent!.replace(/\s+/g, ' ').trim()).to.equal(
      'Medical records and health information technicians (this occupation)',
    );
    await expect(el).to.be.accessible();
  });
});
