/**
 * Valid documents with extreme but allowed values (5,000-character strings, right-to-left and
 * combining text, empty lists, the largest numbers, a 5 MB document): every element renders them
 * without an error and without overflowing itself, and says plainly when its section is empty.
 * The 10,000-row lists are in big-lists.test.ts.
 */
import { expect } from '@open-wc/testing';
import type { OccElement } from '../../src/core/occ-element.js';
import { extremeSuite } from './extreme-suite.js';
import {
  errorPart,
  expectNoOverflow,
  frame,
  nextOutcome,
  reference,
  settledDeep,
  trapUncaught,
} from './hostile.js';
import { EXTREMES, LONG_LABELS, countTextFields, unbrokenText } from './inputs.js';

/** A render that blocks the page longer than this is a hang (a typical profile takes ~30 ms). */
const RENDER_BUDGET_MS = 1000;

describe('hostile input: valid but extreme documents', function () {
  this.timeout(30000);

  after(() => {
    console.log(
      `extremes: ${EXTREMES.filter((i) => !i.slow).length} documents at 320 and 1024 px; the text ones change all ${countTextFields(reference())} text fields of the reference`,
    );
  });

  extremeSuite(
    EXTREMES.filter((input) => !input.slow),
    [320, 1024],
  );

  describe('a bar label of 5,000 characters without a space', () => {
    for (const { tag, path, set } of LONG_LABELS) {
      it(`<${tag}> draws ${path} within ${RENDER_BUDGET_MS} ms, without overflow`, async () => {
        const box = document.createElement('div');
        box.style.width = '320px';
        document.body.append(box);
        const trap = trapUncaught();
        try {
          const el = document.createElement(tag) as OccElement;
          const doc = reference();
          set(doc, unbrokenText(tag.slice(4, 7)));
          const waiting = nextOutcome(el);
          box.append(el);
          await frame();
          const started = performance.now();
          el.data = doc as never;
          const outcome = await waiting;
          await settledDeep(el, 60000);
          const ms = performance.now() - started;
          expect(outcome.type).to.equal('occ-load');
          expect(errorPart(el)).to.equal(null);
          expectNoOverflow(el);
          expect(trap.errors).to.deep.equal([]);
          expect(ms, `ms to render (the page is blocked meanwhile)`).to.be.below(RENDER_BUDGET_MS);
        } finally {
          trap.stop();
          box.remove();
        }
      });
    }
  });
});
