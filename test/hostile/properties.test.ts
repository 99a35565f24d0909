/**
 * Property-based tests (fast-check):
 *  - generated valid profiles render in every element without an uncaught error, without an
 *    error state and without overflowing the element;
 *  - random mutations of the reference profile end either in a render or in a clear error (the
 *    error state, one occ-error, a message naming a path at the mutation), never in a blank
 *    element; and the verdict agrees with the JSON Schema.
 * Elements are created once per width and reused: each run only sets `data`.
 */
import { expect } from '@open-wc/testing';
import { Validator } from '@cfworker/json-schema';
import fc from 'fast-check';
import type { OccElement } from '../../src/core/occ-element.js';
import { OccDataError } from '../../src/data/errors.js';
import { enCore } from '../../src/i18n/en.js';
import { validProfile } from './arbitraries.js';
import {
  type Doc,
  type Path,
  TAGS,
  type Tag,
  allPaths,
  deepText,
  deleteAt,
  errorPart,
  expectNoOverflow,
  expectShowsProfile,
  getAt,
  nestedOcc,
  pathText,
  recordEvents,
  reference,
  setAt,
  showData,
  trapUncaught,
} from './hostile.js';

const VALID_RUNS = 1000;
const MUTATION_RUNS = 1500;

/* ---------- mutations of the reference ---------- */

const schema = await (await fetch('/schema/occupation-profile.schema.json')).json();
const schemaAccepts = (doc: unknown) => new Validator(schema, '2020-12', false).validate(doc).valid;

/** A value to put somewhere: of any type, including what JSON cannot carry. */
const replacement = fc.oneof(
  fc.constantFrom(null, true, false, 0, -1, 0.5, 1e21, NaN, Infinity, -Infinity, 10000, -101, 1899),
  fc.constantFrom('', '40,350', 'NaN', '1', 'list', 'paragraph', '2019-09-04', 'x'.repeat(300)),
  fc.constantFrom({}, [], [null], { atLeast: -1 }, { atLeast: 5 }, { type: 'list' }),
  fc.integer(),
  fc.double(),
  fc.string({ maxLength: 12 }),
);

type Mutation = { kind: 'delete' | 'set' | 'tweak'; at: number; value: unknown };
const mutation: fc.Arbitrary<Mutation> = fc.record({
  kind: fc.constantFrom('delete', 'set', 'tweak'),
  at: fc.nat(),
  value: replacement,
});

/** A numeric, textual or list variation of what is there, else the replacement. */
function tweak(old: unknown, value: unknown): unknown {
  if (typeof old === 'number') {
    const options = [-old, old * 1000, old + 0.5, -1, old - 1e6];
    return options[Math.abs(Math.floor(Number(value) || 0)) % options.length];
  }
  if (typeof old === 'string')
    return [old.toUpperCase(), '', `${old}${old}`, ` ${old}`][old.length % 4];
  if (Array.isArray(old)) return old.length % 2 ? [] : [...old, ...old];
  return value;
}

/** Applies the mutations; returns the paths they touched. */
function mutate(doc: Doc, mutations: Mutation[]): Path[] {
  const touched: Path[] = [];
  for (const m of mutations) {
    const paths = allPaths(doc);
    if (!paths.length) break;
    const path = paths[m.at % paths.length]!;
    touched.push(path);
    if (m.kind === 'delete') deleteAt(doc, path);
    else if (m.kind === 'set') setAt(doc, path, structuredClone(m.value));
    else setAt(doc, path, tweak(getAt(doc, path), m.value));
  }
  return touched;
}

/** Whether the document holds a number JSON cannot carry (the schema cannot see those). */
function hasNonFinite(node: unknown): boolean {
  if (typeof node === 'number') return !Number.isFinite(node);
  if (node && typeof node === 'object') return Object.values(node).some(hasNonFinite);
  return false;
}

/* ---------- the suite ---------- */

function stage(width: number) {
  const box = document.createElement('div');
  box.style.width = `${width}px`;
  document.body.append(box);
  const elements = TAGS.map((tag) => {
    const el = document.createElement(tag) as OccElement;
    box.append(el);
    return el;
  });
  return { box, elements, events: elements.map((el) => recordEvents(el)) };
}

const stats = { valid: 0, mutations: 0, rendered: 0, rejected: 0 };

describe('hostile input: property-based', function () {
  this.timeout(180000);
  after(() =>
    console.log(
      `properties: ${stats.valid} valid profiles × ${TAGS.length} elements; ${stats.mutations} mutations (${stats.rendered} rendered, ${stats.rejected} rejected)`,
    ),
  );

  it(`renders ${VALID_RUNS} generated valid profiles in every element without error or overflow`, async () => {
    const stages = [stage(320), stage(1024)];
    const trap = trapUncaught();
    try {
      await fc.assert(
        fc.asyncProperty(validProfile, fc.nat(1), async (profile, which) => {
          const { elements, events } = stages[which]!;
          for (const [i, el] of elements.entries()) {
            events[i]!.errors.length = 0;
            const outcome = await showData(el, structuredClone(profile));
            expect(
              events[i]!.errors.map((e) => e.detail.error.message),
              `${el.localName} occ-error`,
            ).to.deep.equal([]);
            expect(outcome.type, `${el.localName} outcome`).to.equal('occ-load');
            expectShowsProfile(el);
            for (const nested of nestedOcc(el)) {
              expect(errorPart(nested), `${nested.localName} inside`).to.equal(null);
            }
            expectNoOverflow(el);
          }
          expect(trap.errors, 'uncaught').to.deep.equal([]);
          stats.valid += 1;
        }),
        { numRuns: VALID_RUNS },
      );
    } finally {
      trap.stop();
      stages.forEach((s) => s.box.remove());
    }
    expect(stats.valid).to.be.at.least(VALID_RUNS);
  });

  it(`ends ${MUTATION_RUNS} random mutations of the reference in a render or a clear error, never a blank element`, async () => {
    const { box, elements, events } = stage(640);
    const trap = trapUncaught();
    try {
      await fc.assert(
        fc.asyncProperty(
          fc.array(mutation, { minLength: 1, maxLength: 3 }),
          fc.constantFrom(...TAGS),
          async (mutations, tag: Tag) => {
            const doc = reference();
            const touched = mutate(doc, mutations);
            const valid = !hasNonFinite(doc) && schemaAccepts(JSON.parse(JSON.stringify(doc)));
            const i = TAGS.indexOf(tag);
            const el = elements[i]!;
            events[i]!.errors.length = 0;
            events[i]!.loads.length = 0;
            const outcome = await showData(el, doc);
            expect(deepText(el.shadowRoot!), 'not blank').to.not.equal('');
            expect(el.shadowRoot!.querySelector('[part="placeholder"]'), 'placeholder').to.equal(
              null,
            );
            if (outcome.type === 'occ-load') {
              expect(valid, 'the JSON Schema accepts what the element rendered').to.equal(true);
              expectShowsProfile(el);
              expectNoOverflow(el);
              stats.rendered += 1;
            } else {
              const error = el.error!;
              expect(events[i]!.errors, 'one occ-error').to.have.length(1);
              expect(events[i]!.loads, 'no occ-load').to.have.length(0);
              expect(valid, `the JSON Schema rejects it too (${error.message})`).to.equal(false);
              expect(error).to.be.instanceOf(OccDataError);
              expect((error as OccDataError).kind).to.equal('contract');
              const shown = errorPart(el);
              expect(shown, 'error part').to.not.equal(null);
              // Readers get the plain sentence; the path and value are in the event.
              expect(shown!.textContent).to.contain(enCore.errors.invalid);
              // The fault is named where a mutation was made: at it, in it, or beside it.
              const path = error.message.slice(0, error.message.indexOf(': '));
              const near = touched.some((p) => {
                const parent = pathText(p.slice(0, -1));
                return parent === '' || path === parent || path.startsWith(parent);
              });
              expect(
                near || path === '(document)',
                `"${error.message}" after ${touched.map(pathText)}`,
              ).to.equal(true);
              stats.rejected += 1;
            }
            expect(trap.errors, 'uncaught').to.deep.equal([]);
            stats.mutations += 1;
          },
        ),
        { numRuns: MUTATION_RUNS },
      );
    } finally {
      trap.stop();
      box.remove();
    }
    expect(stats.mutations).to.be.at.least(MUTATION_RUNS);
  });
});
