/**
 * The table of broken inputs, and of valid but extreme ones. Each broken input says how an element
 * gets it (a URL, a body the test server returns, or a `data` object) and what the foundation says
 * must follow: the kind of error, and what the message names (the path of the fault for contract
 * errors, the URL for transport errors).
 */
import type { OccErrorKind } from '../../src/data/errors.js';
import { GLOSSARY_KEYS } from '../../src/data/types.js';
import { type Doc, reference, stashed, uniqueKey } from './hostile.js';

export interface BrokenInput {
  name: string;
  group: 'transport' | 'json' | 'contract' | 'object';
  /** A URL the element loads (transport failures); `key` is a fresh unique key. */
  url?: (key: string) => string | Promise<string>;
  /** A body the test server returns with 200 (broken JSON, contract faults). */
  body?: () => string | Uint8Array;
  /** A `data` object (also what a document body is built from, when it is JSON). */
  data?: () => unknown;
  /** The element's `timeout` attribute. */
  timeout?: number;
  kind: OccErrorKind;
  /** Contract faults: the message starts with `${path}: `. */
  path?: string;
  /** Other faults: the message matches this (the URL is checked besides, for src inputs). */
  message?: RegExp;
  /** Whether the message must contain the absolute URL (transport and parse errors). */
  namesUrl?: boolean;
}

/** An input before it is put in its group. */
type Entry = Omit<BrokenInput, 'group'>;

/** The reference profile, changed by `mutate`. */
const broken =
  (mutate: (doc: Doc) => void): (() => Doc) =>
  () => {
    const doc = reference();
    mutate(doc);
    return doc;
  };

/** Transport failures: the server answers badly, or not at all. */
const transport: Entry[] = [
  { name: 'HTTP 404', url: () => '/__fixtures/status/404', kind: 'http', message: /^HTTP 404/ },
  { name: 'HTTP 500', url: () => '/__fixtures/status/500', kind: 'http', message: /^HTTP 500/ },
  { name: 'HTTP 503', url: () => '/__fixtures/status/503', kind: 'http', message: /^HTTP 503/ },
  { name: 'HTTP 403', url: () => '/__fixtures/status/403', kind: 'http', message: /^HTTP 403/ },
  {
    name: 'a network error (connection reset)',
    url: () => '/__fixtures/reset',
    kind: 'network',
    message: /^Could not reach/,
  },
  {
    name: 'a connection refused (nothing listens on port 9)',
    url: () => 'http://127.0.0.1:9/profile.json',
    kind: 'network',
    message: /^Could not reach/,
  },
  {
    name: 'a timeout (the server answers after 3 s, timeout="300")',
    url: (key) => `/__fixtures/profile?key=${key}&delay=3000`,
    timeout: 300,
    kind: 'timeout',
    message: /^No answer from .* within 0\.3 s$/,
  },
  {
    name: 'a redirect to another origin without CORS headers',
    url: (key) => `/__fixtures/cross-origin?key=${key}`,
    kind: 'network',
    message: /^Could not reach .*CORS/,
  },
  {
    name: 'an HTML error page served as 200',
    url: () => '/__fixtures/html',
    kind: 'parse',
    message: /returned an HTML page, not JSON$/,
  },
  {
    name: 'an empty body',
    url: () => '/__fixtures/empty',
    kind: 'parse',
    message: /returned an empty body, not JSON$/,
  },
  {
    name: 'a body of only whitespace',
    body: () => ' \n\t\r\n ',
    kind: 'parse',
    message: /returned an empty body, not JSON$/,
  },
  {
    name: 'a 5 MB body that is not JSON (a truncated document)',
    url: () => '/__fixtures/big?kind=garbage',
    kind: 'parse',
    message: /is not valid JSON: /,
  },
  {
    name: 'a 5 MB document whose schemaVersion is 5 MB of text',
    url: () => '/__fixtures/big?kind=contract',
    kind: 'contract',
    path: 'schemaVersion',
  },
  {
    name: 'a src that is not a URL ("http://[bad")',
    url: () => 'http://[bad/profile.json',
    kind: 'network',
    message: /http:\/\/\[bad\/profile\.json/,
    namesUrl: false,
  },
  {
    name: 'a javascript: src',
    url: () => 'javascript:window.__hostileRan=1',
    kind: 'network',
    message: /javascript:window\.__hostileRan=1/,
    namesUrl: false,
  },
];

const json = (text: string) => () => text;
const notJson = (name: string, text: string): Entry => ({
  name,
  body: json(text),
  kind: 'parse',
  message: /is not valid JSON: /,
});

/** Bodies that are not JSON. */
const badJson: Entry[] = [
  {
    name: 'the reference profile cut in half',
    body: () => {
      const text = JSON.stringify(reference());
      return text.slice(0, text.length / 2);
    },
    kind: 'parse',
    message: /is not valid JSON: /,
  },
  notJson('a trailing comma', '{"schemaVersion":1,"occupation":{"title":"A","soc":["1"]},}'),
  notJson('single quotes', "{'schemaVersion':1,'occupation':{'title':'A','soc':['1']}}"),
  notJson('unquoted keys', '{schemaVersion:1,occupation:{title:"A",soc:["1"]}}'),
  notJson(
    'a bare NaN',
    '{"schemaVersion":1,"occupation":{"title":"A","soc":["1"]},"quickFacts":{"jobs":{"count":NaN}}}',
  ),
  notJson(
    'a bare Infinity',
    '{"schemaVersion":1,"occupation":{"title":"A","soc":["1"]},"outlook":{"averagePercent":Infinity}}',
  ),
  notJson(
    'comments',
    '// profile\n{"schemaVersion":1,/* v1 */"occupation":{"title":"A","soc":["1"]}}',
  ),
  notJson('a document followed by garbage', `${JSON.stringify(reference())}}]garbage`),
  notJson('JSONP', `callback(${JSON.stringify(reference())});`),
  notJson('a lone brace', '{'),
  {
    name: 'binary garbage',
    body: () => Uint8Array.from({ length: 4096 }, (_, i) => (i * 131 + 7) % 256),
    kind: 'parse',
    message: /not (valid )?JSON/,
  },
  {
    name: 'JSON encoded as UTF-16',
    body: () => {
      const text = JSON.stringify({ schemaVersion: 1, occupation: { title: 'A', soc: ['1'] } });
      const bytes = new Uint8Array(text.length * 2 + 2);
      bytes.set([0xff, 0xfe]);
      [...text].forEach((c, i) => (bytes[2 + i * 2] = c.charCodeAt(0)));
      return bytes;
    },
    kind: 'parse',
    message: /not (valid )?JSON/,
  },
  {
    name: 'an XML document',
    body: json('<?xml version="1.0"?><profile><title>A</title></profile>'),
    kind: 'parse',
    message: /not JSON$/,
  },
];

const contract = (name: string, path: string, mutate: (doc: Doc) => void): Entry => ({
  name,
  data: broken(mutate),
  kind: 'contract',
  path,
});
const documentIs = (name: string, value: unknown): Entry => ({
  name,
  data: () => value,
  kind: 'contract',
  path: '(document)',
});

/** Documents that are JSON but break the contract: one fault each, at a known path. */
const contractFaults: Entry[] = [
  documentIs('null as the document', null),
  documentIs('a list as the document', [reference()]),
  documentIs('text as the document', 'profile'),
  documentIs('a number as the document', 42),
  contract('schemaVersion 2', 'schemaVersion', (d) => (d.schemaVersion = 2)),
  contract('schemaVersion as text', 'schemaVersion', (d) => (d.schemaVersion = '1')),
  contract('no schemaVersion', 'schemaVersion', (d) => delete d.schemaVersion),
  contract('no occupation', 'occupation', (d) => delete d.occupation),
  contract('null where the occupation belongs', 'occupation', (d) => (d.occupation = null)),
  contract('no title', 'occupation.title', (d) => delete d.occupation.title),
  contract('an empty title', 'occupation.title', (d) => (d.occupation.title = '')),
  contract('a number as the title', 'occupation.title', (d) => (d.occupation.title = 42)),
  contract('an empty SOC list', 'occupation.soc', (d) => (d.occupation.soc = [])),
  contract('SOC as text', 'occupation.soc', (d) => (d.occupation.soc = '29-2071')),
  contract('null in the SOC list', 'occupation.soc[0]', (d) => (d.occupation.soc = [null])),
  contract('an object as the summary', 'occupation.summary', (d) => (d.occupation.summary = {})),
  contract('null where quick facts belong', 'quickFacts', (d) => (d.quickFacts = null)),
  contract(
    'money as formatted text',
    'quickFacts.medianPay.annual',
    (d) => (d.quickFacts.medianPay.annual = '40,350'),
  ),
  contract(
    'money as the text "NaN"',
    'quickFacts.medianPay.annual',
    (d) => (d.quickFacts.medianPay.annual = 'NaN'),
  ),
  contract(
    'money as the text "Infinity"',
    'quickFacts.medianPay.hourly',
    (d) => (d.quickFacts.medianPay.hourly = 'Infinity'),
  ),
  contract(
    'top-coded money of "-Infinity"',
    'pay.percentiles.annual.p90',
    (d) => (d.pay.percentiles.annual.p90 = { atLeast: '-Infinity' }),
  ),
  contract(
    'negative money',
    'quickFacts.medianPay.annual',
    (d) => (d.quickFacts.medianPay.annual = -40350),
  ),
  contract('year 1899', 'quickFacts.medianPay.year', (d) => (d.quickFacts.medianPay.year = 1899)),
  contract('year 2201', 'employers.year', (d) => (d.employers.year = 2201)),
  contract('year as text', 'quickFacts.jobs.year', (d) => (d.quickFacts.jobs.year = '2018')),
  contract('a negative job count', 'quickFacts.jobs.count', (d) => (d.quickFacts.jobs.count = -1)),
  contract(
    'a fractional job count',
    'quickFacts.jobs.count',
    (d) => (d.quickFacts.jobs.count = 215.5),
  ),
  contract(
    'growth of 10,000 percent',
    'quickFacts.outlook.percent',
    (d) => (d.quickFacts.outlook.percent = 10000),
  ),
  contract(
    'a decline of more than 100 percent',
    'quickFacts.outlook.percent',
    (d) => (d.quickFacts.outlook.percent = -100.5),
  ),
  contract(
    'an employment change as text',
    'quickFacts.employmentChange.count',
    (d) => (d.quickFacts.employmentChange.count = '23,100'),
  ),
  contract('null where the medians list belongs', 'pay.medians', (d) => (d.pay.medians = null)),
  contract('null as a median row', 'pay.medians[0]', (d) => (d.pay.medians[0] = null)),
  contract(
    'a median without a label',
    'pay.medians[1].label',
    (d) => delete d.pay.medians[1].label,
  ),
  contract('focus as text', 'pay.medians[1].focus', (d) => (d.pay.medians[1].focus = 'yes')),
  contract(
    'percentiles as text',
    'pay.percentiles.annual',
    (d) => (d.pay.percentiles.annual = 'lots'),
  ),
  contract('industries as an object', 'pay.industries', (d) => (d.pay.industries = {})),
  contract(
    'a change without a percent',
    'outlook.changes[0].percent',
    (d) => delete d.outlook.changes[0].percent,
  ),
  contract(
    'a change of 10,000 percent',
    'outlook.changes[1].percent',
    (d) => (d.outlook.changes[1].percent = 10000),
  ),
  contract(
    'negative employment',
    'outlook.projections[0].employment',
    (d) => (d.outlook.projections[0].employment = -1),
  ),
  contract(
    'a percent with a % sign',
    'outlook.projections[0].changePercent',
    (d) => (d.outlook.projections[0].changePercent = '11%'),
  ),
  contract(
    'true as the average',
    'outlook.averagePercent',
    (d) => (d.outlook.averagePercent = true),
  ),
  contract(
    'an employer share of 10,000 percent',
    'employers.industries[0].percent',
    (d) => (d.employers.industries[0].percent = 10000),
  ),
  contract(
    'a negative employer share',
    'employers.industries[2].percent',
    (d) => (d.employers.industries[2].percent = -0.5),
  ),
  contract('similar as an object', 'similar', (d) => (d.similar = { title: 'A' })),
  contract(
    'a similar occupation without a title',
    'similar[0].title',
    (d) => delete d.similar[0].title,
  ),
  contract(
    'similar pay as text',
    'similar[0].medianPay',
    (d) => (d.similar[0].medianPay = '$34,770'),
  ),
  contract(
    'an HTML block type',
    'sections[1].blocks[0].type',
    (d) => (d.sections[1].blocks[0].type = 'html'),
  ),
  contract(
    'a list block without items',
    'sections[1].blocks[2].items',
    (d) => (d.sections[1].blocks[2] = { type: 'list' }),
  ),
  contract('an empty section id', 'sections[0].id', (d) => (d.sections[0].id = '')),
  contract('null as a contact name', 'contacts[0].name', (d) => (d.contacts[0].name = null)),
  contract(
    'a glossary entry as a list',
    `glossary.${GLOSSARY_KEYS[0]}`,
    (d) => (d.glossary[GLOSSARY_KEYS[0]!] = ['x']),
  ),
  contract(
    'a date in words',
    'source.lastModified',
    (d) => (d.source.lastModified = 'September 4, 2019'),
  ),
  contract(
    'a date without padding',
    'source.lastModified',
    (d) => (d.source.lastModified = '2019-9-4'),
  ),
  contract('null where the source belongs', 'source', (d) => (d.source = null)),
  {
    name: 'money of 1e999 in the JSON text (Infinity once parsed)',
    body: () => JSON.stringify(reference()).replace('"annual":40350', '"annual":1e999'),
    kind: 'contract',
    path: 'quickFacts.medianPay.annual',
  },
];

/** `data` objects no JSON text can express: non-finite numbers, holes, getters that throw. */
const objects: Entry[] = [
  contract('NaN as a job count', 'quickFacts.jobs.count', (d) => (d.quickFacts.jobs.count = NaN)),
  contract(
    'Infinity as a percent change',
    'outlook.changes[0].percent',
    (d) => (d.outlook.changes[0].percent = Infinity),
  ),
  contract(
    '-Infinity as money',
    'pay.industries[0].annual',
    (d) => (d.pay.industries[0].annual = -Infinity),
  ),
  contract(
    'undefined in the SOC list',
    'occupation.soc[0]',
    (d) => (d.occupation.soc = [undefined]),
  ),
  contract('a BigInt job count', 'quickFacts.jobs.count', (d) => (d.quickFacts.jobs.count = 10n)),
  contract('a Symbol as the title', 'occupation.title', (d) => (d.occupation.title = Symbol('t'))),
  contract(
    'a Date as lastModified',
    'source.lastModified',
    (d) => (d.source.lastModified = new Date(2019, 8, 4)),
  ),
  contract(
    'a function as the summary',
    'occupation.summary',
    (d) => (d.occupation.summary = () => 'x'),
  ),
  {
    name: 'a getter that throws',
    data: () => {
      const doc = reference();
      Object.defineProperty(doc, 'occupation', {
        enumerable: true,
        get() {
          throw new Error('boom: occupation getter');
        },
      });
      return doc;
    },
    kind: 'contract',
    message: /boom: occupation getter/,
  },
  {
    name: 'a revoked Proxy as the document',
    data: () => {
      const { proxy, revoke } = Proxy.revocable(reference(), {});
      revoke();
      return proxy;
    },
    kind: 'contract',
    message: /revoked/,
  },
];

/** Every broken input, with its group. */
export const BROKEN: BrokenInput[] = [
  ...transport.map((input) => ({ ...input, group: 'transport' as const })),
  ...badJson.map((input) => ({ ...input, group: 'json' as const })),
  ...contractFaults.map((input) => ({ ...input, group: 'contract' as const })),
  ...objects.map((input) => ({ ...input, group: 'object' as const })),
];

/**
 * The URL an element gets for `input` (a body is put on the test server first). Each element gets
 * its own URL (`for=`), so that elements on one page do not share one request for it.
 */
export async function urlFor(input: BrokenInput, element: string): Promise<string> {
  let url: string;
  if (input.url) url = await input.url(uniqueKey('broken'));
  else if (input.body) {
    const body = input.body();
    url = await stashed(typeof body === 'string' ? body : new Blob([body as BlobPart]));
  } else url = await stashed(JSON.stringify(input.data!()));
  if (!/^(\/|http:\/\/\d)/.test(url)) return url; // not a URL to the test server: as given
  return `${url}${url.includes('?') ? '&' : '?'}for=${element}`;
}

/* ---------- valid but extreme documents ---------- */

const LONG = 5000;
/** Text of exactly `length` characters, words of `word` characters, or one unbroken run. */
const longText = (length: number, seed: string, word = 9) =>
  Array.from({ length }, (_, i) => (word && i % (word + 1) === word ? ' ' : seed[i % seed.length]))
    .join('')
    .slice(0, length);

/** Paths of the texts drawn as SVG bar labels (wrapped by measuring, unlike HTML text). */
const CHART_LABEL =
  /^(pay\.medians\[\d+\]\.label|outlook\.changes\[\d+\]\.label|employers\.industries\[\d+\]\.industry)$/;

const RTL = 'ممرضو السجلات الطبية وفنيو المعلومات الصحية — טכנאי רשומות רפואיות ‏(מידע)‏ ';
const COMBINING = 'Ṁ̶̢̛͔e̷̡͙d̴͎̈́i̸̝͊c̶̰̈́a̸͓͋l̵̰͌ r̸̰̔e̷̱͝c̵̣̈o̸̟̔r̴̬͆d̷̠̊s̴̪̅ ';
const EMOJI = '👩🏽‍⚕️🏥👨‍👩‍👧‍👦🇺🇸 ';

/** Every string field of a document (not `soc`, `id`, `type` or `lastModified`, which have a form). */
function mapText(doc: Doc, text: (old: string, path: string) => string): Doc {
  const walk = (node: unknown, path: string): unknown => {
    if (typeof node === 'string') {
      if (/(^|\.)(soc|id|type|lastModified)(\[\d+\])?$/.test(path)) return node;
      // Required non-empty: the title and contact names keep theirs when texts are emptied.
      if (/^(occupation\.title|contacts\[\d+\]\.name)$/.test(path) && !text('x', path)) return node;
      return text(node, path);
    }
    if (Array.isArray(node)) return node.map((item, i) => walk(item, `${path}[${i}]`));
    if (node && typeof node === 'object') {
      return Object.fromEntries(
        Object.entries(node).map(([key, value]) => [
          key,
          walk(value, path ? `${path}.${key}` : key),
        ]),
      );
    }
    return node;
  };
  return walk(doc, '') as Doc;
}

export interface ExtremeInput {
  name: string;
  data: () => Doc;
  /** Served as a URL instead (the 5 MB document). */
  url?: string;
  /** Elements that must say their section is empty (`[part="empty"]`). */
  empty?: string[];
  /** Slow to render (10,000 rows): the test gets more time. */
  slow?: boolean;
}

const rows = <T>(count: number, row: (i: number) => T) =>
  Array.from({ length: count }, (_, i) => row(i));
const TENK = 10_000;

export const EXTREMES: ExtremeInput[] = [
  {
    name: 'every text field 5,000 characters of words',
    data: () => mapText(reference(), (_, path) => longText(LONG, `${path}-abcdefgh`)),
  },
  {
    // Chart bar labels get spaced text here: an unbroken one is LONG_LABELS' case (it is slow).
    name: 'every text field 5,000 characters without a space (bar labels: of words)',
    data: () =>
      mapText(reference(), (_, path) =>
        CHART_LABEL.test(path) ? longText(LONG, 'Wwmm0') : longText(LONG, 'Wwmm0', 0),
      ),
  },
  {
    name: 'every text field right-to-left (Arabic and Hebrew)',
    data: () => mapText(reference(), (old) => `${RTL}${old}`),
  },
  {
    name: 'every text field with stacked combining characters',
    data: () => mapText(reference(), () => COMBINING.repeat(3)),
  },
  {
    name: 'every text field emoji sequences',
    data: () => mapText(reference(), (old) => `${EMOJI}${old}`),
  },
  {
    name: 'every text field empty',
    data: () => mapText(reference(), () => ''),
  },
  {
    name: 'every list empty',
    data: () => {
      const doc = reference();
      doc.pay.medians = [];
      doc.pay.industries = [];
      delete doc.pay.percentiles;
      doc.outlook.changes = [];
      doc.outlook.projections = [];
      doc.employers.industries = [];
      doc.similar = [];
      doc.sections = [];
      doc.contacts = [];
      delete doc.quickFacts;
      return doc;
    },
    empty: ['occ-quick-facts', 'occ-pay-chart', 'occ-outlook', 'occ-employers', 'occ-similar'],
  },
  {
    name: 'only the required fields',
    data: () => ({ schemaVersion: 1, occupation: { title: 'Actuaries', soc: ['15-2011'] } }),
    empty: ['occ-quick-facts', 'occ-pay-chart', 'occ-outlook', 'occ-employers', 'occ-similar'],
  },
  {
    name: 'empty sections ({} everywhere)',
    data: () => ({
      schemaVersion: 1,
      occupation: { title: 'Actuaries', soc: ['15-2011'] },
      source: {},
      quickFacts: {},
      pay: {},
      outlook: {},
      employers: {},
      glossary: {},
    }),
    empty: ['occ-quick-facts', 'occ-pay-chart', 'occ-outlook', 'occ-employers', 'occ-similar'],
  },
  {
    // <occ-profile> then opens on its Similar Occupations tab, the composed table in view.
    name: 'only similar occupations',
    data: () => ({
      schemaVersion: 1,
      occupation: { title: 'Actuaries', soc: ['15-2011'] },
      similar: reference().similar,
    }),
    empty: ['occ-quick-facts', 'occ-pay-chart', 'occ-outlook', 'occ-employers'],
  },
  {
    name: 'the largest and smallest values allowed',
    data: () => {
      const doc = reference();
      const max = Number.MAX_SAFE_INTEGER;
      doc.quickFacts.medianPay = { annual: 1e15, hourly: { atLeast: 0 }, year: 2200 };
      doc.quickFacts.jobs = { count: max, year: 1900 };
      doc.quickFacts.outlook.percent = 1000;
      doc.quickFacts.employmentChange.count = -max;
      doc.pay.medians[0].annual = 0;
      doc.pay.medians[1].annual = 1e15;
      doc.pay.percentiles.annual = { p10: 0, p25: 0, p50: 0, p75: 0, p90: { atLeast: 1e15 } };
      doc.outlook.changes = [
        { label: 'Grows', percent: 1000, focus: true },
        { label: 'Shrinks', percent: -100 },
        { label: 'Tiny', percent: 0.0001 },
      ];
      doc.outlook.projections[0].employment = max;
      doc.outlook.projections[0].changeCount = -max;
      doc.employers.industries = [
        { industry: 'All', percent: 100 },
        { industry: 'None', percent: 0 },
      ];
      return doc;
    },
  },
  {
    name: 'the smallest numbers above and below zero (5e-324)',
    data: () => {
      const doc = reference();
      doc.quickFacts.outlook.percent = -5e-324;
      doc.pay.medians = [
        { label: 'Tiny', annual: 5e-324, hourly: 1e-310, focus: true },
        { label: 'Zero', annual: 0, hourly: 0 },
      ];
      doc.pay.percentiles.annual = { p10: 0, p25: 5e-324, p50: 1e-323, p75: 2e-323, p90: 1e-310 };
      doc.outlook.changes = [
        { label: 'Up a little', percent: 5e-324, focus: true },
        { label: 'Down a little', percent: -4.4e-323 },
      ];
      doc.employers.industries = [
        { industry: 'Almost none', percent: 5e-324 },
        { industry: 'Fewer', percent: 1e-323 },
      ];
      return doc;
    },
  },
  {
    name: 'a projection period running backwards (2200 to 1900)',
    data: () => {
      const doc = reference();
      doc.outlook.startYear = 2200;
      doc.outlook.endYear = 1900;
      doc.quickFacts.outlook.startYear = 2200;
      doc.quickFacts.outlook.endYear = 1900;
      return doc;
    },
  },
  {
    name: 'unknown fields everywhere',
    data: () => {
      const doc = reference();
      const extra = { script: '<script>alert(1)</script>', nested: { deep: [1, 2, 3] } };
      Object.assign(doc, { extra });
      Object.assign(doc.occupation, { extra });
      doc.pay.medians.forEach((row: Doc) => Object.assign(row, { extra }));
      doc.sections.forEach((row: Doc) => Object.assign(row, { extra }));
      return doc;
    },
  },
  {
    name: 'a 5 MB document (an unknown field of 5 MB)',
    data: reference,
    url: '/__fixtures/big?kind=json',
  },
  {
    name: 'every list 10,000 rows long',
    slow: true,
    data: () => {
      const doc = reference();
      doc.occupation.soc = rows(TENK, (i) => `00-${i}`);
      doc.pay.medians = rows(TENK, (i) => ({
        label: `Occupation ${i}`,
        annual: i * 13,
        focus: i === 1,
      }));
      doc.pay.industries = rows(TENK, (i) => ({ industry: `Industry ${i}`, annual: i * 7 }));
      doc.outlook.changes = rows(TENK, (i) => ({ label: `Group ${i}`, percent: (i % 200) - 100 }));
      doc.outlook.projections = rows(TENK, (i) => ({
        title: `Occupation ${i}`,
        soc: `00-${String(i).padStart(4, '0')}`,
        employment: i,
        projectedEmployment: i * 2,
        changePercent: 100,
        changeCount: i,
      }));
      doc.employers.industries = rows(TENK, (i) => ({
        industry: `Industry ${i}`,
        percent: i % 101,
      }));
      doc.similar = rows(TENK, (i) => ({ title: `Similar ${i}`, medianPay: i }));
      doc.sections = rows(TENK, (i) => ({
        id: i % 2 ? 'pay' : `custom-${i}`,
        title: `Section ${i}`,
        blocks: [{ type: 'paragraph', text: `Text ${i}` }],
      }));
      doc.sections.unshift({
        id: 'what-they-do',
        blocks: rows(TENK, (i) => ({ type: 'list', items: [`Item ${i}`] })),
      });
      doc.contacts = rows(TENK, (i) => ({ name: `Contact ${i}`, group: `Group ${i % 100}` }));
      return doc;
    },
  },
];

/** Fields counted for the report: how many string fields the long-text inputs changed. */
export const countTextFields = (doc: Doc) => {
  let count = 0;
  mapText(doc, (old) => {
    count += 1;
    return old;
  });
  return count;
};

/**
 * One bar label of 5,000 characters without a space, per chart element. SVG text does not wrap by
 * itself, so the charts cut such a word into lines by measuring it: that must stay quick.
 */
export const LONG_LABELS: { tag: string; path: string; set: (doc: Doc, text: string) => void }[] = [
  {
    tag: 'occ-pay-chart',
    path: 'pay.medians[0].label',
    set: (d, t) => (d.pay.medians[0].label = t),
  },
  {
    tag: 'occ-outlook',
    path: 'outlook.changes[0].label',
    set: (d, t) => (d.outlook.changes[0].label = t),
  },
  {
    tag: 'occ-employers',
    path: 'employers.industries[0].industry',
    set: (d, t) => (d.employers.industries[0].industry = t),
  },
];
/** Text without a space; `seed` makes it differ from any other (the charts cache text widths). */
export const unbrokenText = (seed: string, length = LONG) => longText(length, `Wwmm0${seed}`, 0);
