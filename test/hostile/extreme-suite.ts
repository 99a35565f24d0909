/**
 * The checks for valid but extreme documents, shared by extremes.test.ts and big-lists.test.ts:
 * every element renders the document without an error, without overflowing itself, and says
 * plainly when its section is empty.
 */
import { expect } from '@open-wc/testing';
import type { OccElement } from '../../src/core/occ-element.js';
import {
  TAGS,
  type Tag,
  errorPart,
  expectNoOverflow,
  expectShowsProfile,
  frame,
  nestedOcc,
  nextOutcome,
  recordEvents,
  settledDeep,
  trapUncaught,
  within,
} from './hostile.js';
import type { ExtremeInput } from './inputs.js';

export function extremeSuite(inputs: ExtremeInput[], widths: number[], wait = 8000) {
  let stage: HTMLDivElement;
  before(() => {
    stage = document.createElement('div');
    document.body.append(stage);
  });
  after(() => stage.remove());

  for (const input of inputs) {
    for (const width of widths) {
      describe(`${input.name}, ${width} px`, () => {
        const results = new Map<
          Tag,
          {
            el: OccElement;
            events: ReturnType<typeof recordEvents>;
            outcome: Event | Error;
            ms: number;
          }
        >();
        let uncaught: string[] = [];

        before(async () => {
          const trap = trapUncaught();
          try {
            for (const tag of TAGS) {
              const box = document.createElement('div');
              box.style.width = `${width}px`;
              stage.append(box);
              const el = document.createElement(tag) as OccElement;
              const events = recordEvents(el);
              const waiting = nextOutcome(el);
              const started = performance.now();
              if (input.url) el.src = input.url;
              else el.data = input.data() as never;
              box.append(el);
              const outcome = await within(waiting, wait, `<${tag}>`).catch(
                (error: Error) => error,
              );
              await settledDeep(el, wait).catch(() => {});
              results.set(tag, { el, events, outcome, ms: performance.now() - started });
            }
            await frame();
          } finally {
            trap.stop();
            uncaught = trap.errors;
          }
        });

        after(() => {
          if (input.slow) {
            const times = [...results].map(([tag, r]) => `${tag} ${Math.round(r.ms)} ms`);
            console.log(`${input.name}, ${width} px: ${times.join(', ')}`);
          }
          stage.replaceChildren();
        });

        it('throws nothing uncaught', () => {
          expect(uncaught).to.deep.equal([]);
        });

        for (const tag of TAGS) {
          const empty = input.empty?.includes(tag);
          it(`<${tag}> ${empty ? 'says its section is empty' : 'renders'}, with no error and no overflow`, () => {
            const { el, events, outcome } = results.get(tag)!;
            if (outcome instanceof Error) throw outcome;
            expect(
              events.errors.map((e) => e.detail.error.message),
              'occ-error',
            ).to.deep.equal([]);
            expect(events.loads, 'occ-load events').to.have.length(1);
            expectShowsProfile(el);
            for (const nested of nestedOcc(el)) {
              expect(errorPart(nested), `${nested.localName} inside shows no error`).to.equal(null);
            }
            expectNoOverflow(el);
            const emptyPart = el.shadowRoot!.querySelector('[part="empty"]');
            if (empty) {
              expect(emptyPart, '[part="empty"]').to.not.equal(null);
              expect(emptyPart!.textContent!.trim()).to.match(/^No .* in this profile\.$/);
            }
          });
        }
      });
    }
  }
}
