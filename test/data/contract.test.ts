import { expect } from '@open-wc/testing';
import { Validator } from '@cfworker/json-schema';
import { validateProfile } from '../../src/data/validate.js';
import { OccDataError } from '../../src/data/errors.js';
import { referenceProfile } from '../helpers.js';

type Doc = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const schema = await (await fetch('/schema/occupation-profile.schema.json')).json();
const reference = await referenceProfile();
const copy = (): Doc => structuredClone(reference) as Doc;

/**
 * Runs the JSON Schema; returns every path it reports a fault at, as "quickFacts.medianPay.annual".
 * A missing required property is reported at its parent, so its name is added back.
 */
function schemaFaults(doc: unknown): string[] {
  const result = new Validator(schema, '2020-12', false).validate(doc);
  return result.errors.map((error) => {
    const parts = error.instanceLocation.replace(/^#\/?/, '').split('/').filter(Boolean);
    const missing = error.keyword === 'required' && /"([^"]+)"/.exec(error.error)?.[1];
    if (missing) parts.push(missing);
    return parts
      .map((part, i) => (/^\d+$/.test(part) ? `[${part}]` : i ? `.${part}` : part))
      .join('');
  });
}

function validatorFault(doc: unknown): OccDataError | undefined {
  try {
    validateProfile(doc);
    return undefined;
  } catch (error) {
    if (error instanceof OccDataError) return error;
    throw error;
  }
}

/** Broken copies of the reference profile, each with the path both checks must name. */
const broken: [name: string, path: string, mutate: (doc: Doc) => unknown][] = [
  [
    'money as formatted text',
    'quickFacts.medianPay.annual',
    (d) => (d.quickFacts.medianPay.annual = '40,350'),
  ],
  ['negative money', 'pay.medians[1].annual', (d) => (d.pay.medians[1].annual = -1)],
  [
    'top-coded money without a number',
    'pay.percentiles.annual.p90',
    (d) => (d.pay.percentiles.annual.p90 = { atLeast: 'lots' }),
  ],
  ['schemaVersion 2', 'schemaVersion', (d) => (d.schemaVersion = 2)],
  ['no schemaVersion', 'schemaVersion', (d) => delete d.schemaVersion],
  ['no occupation title', 'occupation.title', (d) => delete d.occupation.title],
  ['empty title', 'occupation.title', (d) => (d.occupation.title = '')],
  ['empty soc list', 'occupation.soc', (d) => (d.occupation.soc = [])],
  ['soc as a string', 'occupation.soc', (d) => (d.occupation.soc = '29-2071')],
  ['occupation null', 'occupation', (d) => (d.occupation = null)],
  ['fractional job count', 'quickFacts.jobs.count', (d) => (d.quickFacts.jobs.count = 215.5)],
  ['negative job count', 'quickFacts.jobs.count', (d) => (d.quickFacts.jobs.count = -1)],
  ['year as text', 'quickFacts.jobs.year', (d) => (d.quickFacts.jobs.year = '2018')],
  [
    'percent of 10,000',
    'outlook.changes[0].percent',
    (d) => (d.outlook.changes[0].percent = 10000),
  ],
  [
    'change without percent',
    'outlook.changes[2].percent',
    (d) => delete d.outlook.changes[2].percent,
  ],
  ['focus as text', 'pay.medians[1].focus', (d) => (d.pay.medians[1].focus = 'yes')],
  [
    'employer share over 100',
    'employers.industries[0].percent',
    (d) => (d.employers.industries[0].percent = 134),
  ],
  [
    'date in another format',
    'source.lastModified',
    (d) => (d.source.lastModified = 'September 4, 2019'),
  ],
  [
    'unknown block type',
    'sections[1].blocks[0].type',
    (d) => (d.sections[1].blocks[0].type = 'html'),
  ],
  [
    'list without items',
    'sections[1].blocks[2].items',
    (d) => (d.sections[1].blocks[2] = { type: 'list' }),
  ],
  ['contact without name', 'contacts[0].name', (d) => delete d.contacts[0].name],
  ['similar title a number', 'similar[0].title', (d) => (d.similar[0].title = 5)],
  ['glossary entry a list', 'glossary.jobs', (d) => (d.glossary.jobs = ['x'])],
  ['pay a list', 'pay', (d) => (d.pay = [])],
  [
    'a link without href in a paragraph',
    'sections[1].blocks[0].text[1].href',
    (d) => (d.sections[1].blocks[0].text = ['See ', { text: 'this' }]),
  ],
  [
    'a number in rich text',
    'sections[1].blocks[0].text[0]',
    (d) => (d.sections[1].blocks[0].text = [5]),
  ],
  [
    'a list item that is an object but not a link',
    'sections[1].blocks[3].items[0][0].text',
    (d) => (d.sections[1].blocks[3].items[0] = [{ href: 'https://www.bls.gov/' }]),
  ],
  ['a slug that is a path', 'occupation.slug', (d) => (d.occupation.slug = '../index')],
  [
    'a similar occupation’s slug that is a URL',
    'similar[0].slug',
    (d) => (d.similar[0].slug = 'javascript:alert(1)'),
  ],
  ['a contact’s slug that is empty', 'contacts[0].slug', (d) => (d.contacts[0].slug = '')],
  [
    'coveredBy as text',
    'occupation.coveredBy',
    (d) => (d.occupation.coveredBy = 'medical-records-specialists'),
  ],
  [
    'coveredBy without text',
    'occupation.coveredBy.text',
    (d) => (d.occupation.coveredBy = { href: 'https://www.bls.gov/ooh/' }),
  ],
  ['group a number', 'occupation.group', (d) => (d.occupation.group = 29)],
  ['outlook phrase a number', 'outlook.phrase', (d) => (d.outlook.phrase = 7)],
  ['fractional openings', 'outlook.openingsPerYear', (d) => (d.outlook.openingsPerYear = 14200.5)],
];

describe('the data contract', () => {
  it('accepts data/editions/2019-20/29-2071.json, in the schema and in the elements’ validator', () => {
    expect(schemaFaults(reference)).to.deep.equal([]);
    expect(validatorFault(reference)).to.equal(undefined);
  });

  it('accepts the smallest valid document and ignores unknown fields', () => {
    const minimal = {
      schemaVersion: 1,
      occupation: { title: 'Actuaries', soc: ['15-2011'] },
      extra: { any: 1 },
    };
    expect(schemaFaults(minimal)).to.deep.equal([]);
    expect(validatorFault(minimal)).to.equal(undefined);
  });

  it('accepts the 2024-34 fields: links in prose, slugs, group, coveredBy, phrase and openings', () => {
    const doc = copy();
    const link = {
      text: 'medical assistants',
      href: 'https://www.bls.gov/ooh/healthcare/medical-assistants.htm',
      slug: 'medical-assistants',
    };
    Object.assign(doc.occupation, {
      slug: 'medical-records-and-health-information-technicians',
      group: 'Healthcare',
      coveredBy: { text: 'Medical Records Specialists', href: link.href, slug: '29-2072' },
    });
    doc.sections[1].blocks[0].text = ['Some work with ', link, '.'];
    doc.sections[1].blocks[3].items[0] = [link, ' (see also)'];
    doc.sections[1].blocks[1].text = [{ text: 'Duties', href: '/ooh/x.htm' }];
    Object.assign(doc.outlook, { phrase: 'Much faster than average', openingsPerYear: 14200 });
    doc.similar[0].slug = 'medical-transcriptionists';
    doc.contacts[0].slug = 'registered-nurses';
    expect(schemaFaults(doc)).to.deep.equal([]);
    expect(validatorFault(doc)).to.equal(undefined);
  });

  it('rejects a document that is not an object', () => {
    for (const doc of [null, [], 'profile', 42]) {
      expect(schemaFaults(doc)).to.include('');
      expect(validatorFault(doc)?.message).to.match(/^\(document\): expected an object/);
    }
  });

  for (const [name, path, mutate] of broken) {
    it(`rejects ${name}, naming ${path}`, () => {
      const doc = copy();
      mutate(doc);
      expect(schemaFaults(doc), 'JSON Schema').to.include(path);
      const error = validatorFault(doc);
      expect(error, 'validator').to.be.instanceOf(OccDataError);
      expect(error!.kind).to.equal('contract');
      expect(error!.details.path).to.equal(path);
      expect(error!.message.startsWith(`${path}: `)).to.equal(true);
    });
  }

  it('says what it expected and what it got', () => {
    const doc = copy();
    doc.quickFacts.medianPay.annual = '40,350';
    expect(validatorFault(doc)!.message).to.equal(
      'quickFacts.medianPay.annual: expected a number or {atLeast}, got "40,350"',
    );
  });
});
