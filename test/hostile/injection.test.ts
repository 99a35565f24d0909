/**
 * Injection: every string field of the contract (read from the JSON Schema) is filled, one at a
 * time, with every payload of the corpus, and rendered in the elements that show that field.
 * Proven for each: no payload runs (a page-level trap records any call to `__xss`, alert,
 * confirm, prompt or print, and the server counts any request to its beacon), no element,
 * attribute or style is injected (every element and attribute is one the elements render for
 * plain data, no `on*` attribute, no stylesheet added), the payload shows as text, and only
 * http(s) URLs become links.
 */
import { expect } from '@open-wc/testing';
import type { OccElement } from '../../src/core/occ-element.js';
import { validateProfile } from '../../src/data/validate.js';
import {
  type Doc,
  TAGS,
  type Tag,
  deepElements,
  deepText,
  errorPart,
  hitsFor,
  reference,
  setAt,
  showData,
  trapUncaught,
} from './hostile.js';
import { PAYLOADS, type StringField, payload, stringFields } from './payloads.js';

const schema = await (await fetch('/schema/occupation-profile.schema.json')).json();

/** The reference profile with every list cut to its first items: the same fields, rendered faster. */
function compact(): Doc {
  const doc = reference();
  const cut = (node: unknown, depth: number): void => {
    if (Array.isArray(node)) {
      node.splice(depth > 2 ? 3 : 2);
      node.forEach((item) => cut(item, depth + 1));
    } else if (node && typeof node === 'object') {
      Object.values(node).forEach((value) => cut(value, depth + 1));
    }
  };
  cut(doc, 0);
  // The 2024-34 fields: links in prose (a paragraph and a list item), slugs, group, coveredBy.
  const link = {
    text: 'medical assistants',
    href: 'https://www.bls.gov/ooh/healthcare/medical-assistants.htm',
    slug: 'medical-assistants',
  };
  Object.assign(doc.occupation, {
    slug: 'medical-records-and-health-information-technicians',
    group: 'Healthcare',
    // No slug here or on the first link in prose: their hrefs are what the elements follow, so a
    // payload href is tried as a link (the slug fields are still attacked, set on these objects).
    coveredBy: { text: 'Medical Records Specialists', href: link.href },
  });
  Object.assign(doc.outlook, { phrase: 'Much faster than average', openingsPerYear: 14200 });
  doc.similar[0].slug = 'medical-transcriptionists';
  doc.contacts[0].slug = 'registered-nurses';
  // Sections keep their first block of each kind.
  doc.sections = reference().sections.map((section: Doc) => ({
    ...section,
    blocks: ['paragraph', 'heading', 'list']
      .map((type) => section.blocks.find((block: Doc) => block.type === type))
      .filter(Boolean)
      .map((block: Doc) => (block.items ? { ...block, items: block.items.slice(0, 2) } : block)),
  }));
  const whatTheyDo = doc.sections[1].blocks;
  whatTheyDo.push(
    {
      type: 'paragraph',
      text: [
        'They work with ',
        { text: 'O*NET', href: 'https://www.onetonline.org/' },
        ' and ',
        { ...link },
        ' daily.',
      ],
    },
    { type: 'list', items: [[{ ...link }, ' (related)']] },
  );
  return doc;
}

const BASE = compact();
const FIELDS = stringFields(schema, BASE);

/** Calls a payload would make if it ran. */
const calls: string[] = [];
const win = window as unknown as Record<string, unknown>;
const saved = ['__xss', 'alert', 'confirm', 'prompt', 'print'].map((name) => [name, win[name]]);

/** `tag` and `tag[attribute]` for every element under `root`. */
function signatures(root: Element): Set<string> {
  const found = new Set<string>();
  for (const el of deepElements(root)) {
    found.add(el.localName);
    for (const attr of el.getAttributeNames()) found.add(`${el.localName}[${attr}]`);
  }
  return found;
}

const normal = (text: string) => text.replace(/\s+/g, ' ').trim();
const URL_ATTRIBUTES = [
  'href',
  'xlink:href',
  'src',
  'action',
  'formaction',
  'data',
  'srcdoc',
  'poster',
];

let stage: HTMLDivElement;
const elements = new Map<Tag, OccElement>();
/** What the elements render for plain data and for an error. */
const allowed = new Set<string>();
const sheets = new Map<Tag, number>();
let payloadId = 0;
let headCount = 0;
let bodyCount = 0;
const stats = { fields: 0, payloads: PAYLOADS.length, renders: 0, rejected: 0 };

/** Which elements show `field` (as text, or as a link for addresses). */
async function showing(field: StringField): Promise<Tag[]> {
  const marker = field.url ? 'https://marker.example/mark' : 'Marker7f3a';
  const doc = structuredClone(BASE);
  setAt(doc, field.path, marker);
  const shown: Tag[] = [];
  for (const [tag, el] of elements) {
    await showData(el, structuredClone(doc));
    // `<occ-profile>` counts only for what it renders itself, not through the elements it composes
    // (those are attacked as standalone elements, the same classes with the same data).
    const own = tag === 'occ-profile' ? ownNodes(el) : deepElements(el);
    const found = field.url
      ? own.some((node) => node.getAttribute('href')?.includes('marker.example'))
      : own.some((node) =>
          [...node.childNodes].some(
            (child) => child.nodeType === Node.TEXT_NODE && child.textContent!.includes(marker),
          ),
        ) ||
        (tag !== 'occ-profile' && deepText(el.shadowRoot!).includes(marker));
    if (found) shown.push(tag);
  }
  return shown;
}

/** The elements in `el`'s shadow root, not inside the occ-* elements it composes. */
function ownNodes(el: Element): Element[] {
  const nodes: Element[] = [];
  const walk = (root: ParentNode) => {
    for (const child of root.children) {
      nodes.push(child);
      if (!child.localName.startsWith('occ-')) walk(child);
    }
  };
  walk(el.shadowRoot!);
  return nodes;
}

describe('hostile input: injection', function () {
  this.timeout(60000);

  before(async () => {
    win.__xss = (id: unknown) => calls.push(`__xss(${id})`);
    for (const name of ['alert', 'confirm', 'prompt', 'print']) {
      win[name] = (...args: unknown[]) => calls.push(`${name}(${args.join(',')})`);
    }
    stage = document.createElement('div');
    stage.style.width = '1024px';
    document.body.append(stage);
    headCount = document.head.children.length;
    bodyCount = document.body.children.length;
    for (const tag of TAGS) {
      const el = document.createElement(tag) as OccElement;
      // Links that name a profile go to the site's own page: slugs are attacked through it too.
      el.setAttribute('href-template', '/careers/{slug}');
      stage.append(el);
      elements.set(tag, el);
    }
    // What plain data renders: the compact profile, the full one, and an error.
    for (const doc of [BASE, reference(), { ...reference(), schemaVersion: 2 }]) {
      for (const [tag, el] of elements) {
        await showData(el, structuredClone(doc));
        signatures(el).forEach((s) => allowed.add(s));
        sheets.set(tag, el.shadowRoot!.adoptedStyleSheets.length);
      }
    }
  });

  after(async () => {
    stage.remove();
    for (const [name, value] of saved) win[name as string] = value;
    console.log(
      `injection: ${stats.fields} string fields × ${stats.payloads} payloads = ${
        stats.fields * stats.payloads
      } documents, ${stats.renders} element renders (${stats.rejected} documents rejected by the contract)`,
    );
  });

  it(`has at least 30 payloads (${PAYLOADS.length}) and finds the contract's string fields (${FIELDS.length})`, () => {
    expect(PAYLOADS.length).to.be.at.least(30);
    const names = FIELDS.map((f) => f.name);
    for (const name of [
      'occupation.title',
      'occupation.soc[]',
      'source.dataUrl',
      'pay.medians[].label',
      'sections[].blocks[list].items[]',
      'contacts[].url',
      'glossary.medianPay',
      'occupation.slug',
      'occupation.group',
      'occupation.coveredBy.href',
      'occupation.coveredBy.slug',
      'outlook.phrase',
      'similar[].slug',
      'contacts[].slug',
      'sections[].blocks[paragraph|heading].text[].href',
      'sections[].blocks[paragraph|heading].text[].slug',
      'sections[].blocks[list].items[][].text',
    ]) {
      expect(names).to.include(name);
    }
  });

  for (const field of FIELDS) {
    it(`${field.name}: no payload runs, injects markup or becomes a non-http(s) link`, async () => {
      stats.fields += 1;
      const targets = await showing(field);
      // A field no element shows is still rendered, by the element that reads the most.
      const shown = targets.length > 0;
      if (!shown) targets.push('occ-profile');
      const trap = trapUncaught();
      try {
        for (const template of PAYLOADS) {
          const id = (payloadId += 1);
          const text = payload(template, id);
          const doc = structuredClone(BASE);
          setAt(doc, field.path, text);
          let valid = true;
          try {
            validateProfile(structuredClone(doc));
          } catch {
            valid = false;
            stats.rejected += 1;
          }
          for (const tag of targets) {
            const el = elements.get(tag)!;
            const outcome = await showData(el, doc);
            stats.renders += 1;
            const where = `${tag}, ${field.name} = ${JSON.stringify(text)}`;
            expect(outcome.type, `${where}: outcome`).to.equal(valid ? 'occ-load' : 'occ-error');
            expect(calls, `${where}: calls made by the payload`).to.deep.equal([]);
            for (const node of deepElements(el)) {
              expect(
                allowed.has(node.localName),
                `${where}: <${node.localName}> injected`,
              ).to.equal(true);
              for (const attr of node.getAttributeNames()) {
                const name = `${node.localName}[${attr}]`;
                expect(allowed.has(name), `${where}: attribute ${name} injected`).to.equal(true);
                expect(attr.startsWith('on'), `${where}: ${name}`).to.equal(false);
                if (URL_ATTRIBUTES.includes(attr)) {
                  const url = new URL(node.getAttribute(attr)!, el.baseURI);
                  expect(['http:', 'https:'], `${where}: ${name}="${url.href}"`).to.include(
                    url.protocol,
                  );
                }
              }
              if (node.shadowRoot) {
                expect(node.shadowRoot.querySelectorAll('style, link, script')).to.have.length(0);
              }
            }
            expect(el.shadowRoot!.adoptedStyleSheets.length, `${where}: stylesheets`).to.equal(
              sheets.get(tag),
            );
            if (!valid) {
              // The payload is in the message (cut to 40 characters), as text.
              expect(errorPart(el), `${where}: error part`).to.not.equal(null);
            } else if (!field.url && shown) {
              expect(deepText(el.shadowRoot!), `${where}: shown as text`).to.contain(normal(text));
            }
          }
        }
        expect(trap.errors, 'uncaught').to.deep.equal([]);
      } finally {
        trap.stop();
      }
      expect(document.head.children.length, 'elements added to the head').to.equal(headCount);
      expect(document.body.children.length, 'elements added to the body').to.equal(bodyCount);
      const beacons = performance
        .getEntriesByType('resource')
        .filter((entry) => entry.name.includes('/__fixtures/beacon'));
      expect(
        beacons.map((b) => b.name),
        'requests a payload made',
      ).to.deep.equal([]);
      expect((await hitsFor('beacon:*')).hits, 'requests the server saw at its beacon').to.equal(0);
      expect(calls).to.deep.equal([]);
    });
  }
});
