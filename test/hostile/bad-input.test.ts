/**
 * Every broken input in inputs.ts, against every element: the element shows its error state,
 * fires exactly one occ-error whose message names the fault, throws nothing uncaught, and the
 * other elements on the page (a sibling of each loading the reference at the same time, and a set
 * of bystanders loaded before the suite) keep working.
 *
 * Per input, all the elements are put on one page together (each with its own URL) and then
 * checked one by one: that is what a page with several widgets looks like, and it keeps the suite fast.
 */
import { expect } from '@open-wc/testing';
import type { OccElement } from '../../src/core/occ-element.js';
import type { OccErrorEvent } from '../../src/core/events.js';
import { OccDataError } from '../../src/data/errors.js';
import { enCore } from '../../src/i18n/en.js';
import { readerMessage } from '../../src/i18n/reader-message.js';
import {
  REFERENCE_URL,
  TAGS,
  type Tag,
  errorPart,
  expectShowsProfile,
  frame,
  hitsFor,
  nextOutcome,
  recordEvents,
  trapUncaught,
  within,
} from './hostile.js';
import { BROKEN, type BrokenInput, urlFor } from './inputs.js';

type Delivery = 'src' | 'data';

/** How each input reaches an element: transport and JSON faults by URL, objects as `data`, documents both ways. */
function deliveries(input: BrokenInput): Delivery[] {
  if (input.group === 'object') return ['data'];
  if (input.group === 'contract' && input.data) {
    // `data = null` means "no data" (the element then shows its notice): null goes by URL only.
    return input.data() === null ? ['src'] : ['src', 'data'];
  }
  return ['src'];
}

/** The class name in a stack trace, to tell which element threw. */
const CLASS: Record<Tag, string> = {
  'occ-quick-facts': 'OccQuickFacts',
  'occ-pay-chart': 'OccPayChart',
  'occ-outlook': 'OccOutlook',
  'occ-employers': 'OccEmployers',
  'occ-similar': 'OccSimilar',
  'occ-profile': 'OccProfile',
};

interface Case {
  el: OccElement;
  sibling: OccElement;
  src?: string;
  events: ReturnType<typeof recordEvents>;
  /** What ended the wait: the first event, or the hang. */
  outcome: Event | Error;
}

let bystanders: OccElement[] = [];
let bystanderEvents: ReturnType<typeof recordEvents>[] = [];
let stage: HTMLDivElement;
let cases = 0;

describe('hostile input: broken documents and failing servers', function () {
  this.timeout(20000);

  before(async () => {
    stage = document.createElement('div');
    const watch = document.createElement('div');
    watch.style.width = '800px';
    document.body.append(watch, stage);
    bystanders = TAGS.map((tag) => {
      const el = document.createElement(tag) as OccElement;
      el.src = REFERENCE_URL;
      return el;
    });
    const outcomes = bystanders.map((el) => nextOutcome(el));
    watch.append(...bystanders);
    await within(Promise.all(outcomes), 10000, 'bystanders');
    bystanderEvents = bystanders.map((el) => recordEvents(el));
  });

  after(() => {
    stage.remove();
    console.log(
      `bad input: ${BROKEN.length} broken inputs, ${
        BROKEN.filter((i) => deliveries(i).length === 2).length
      } of them delivered both by src and as data: ${cases} element cases`,
    );
  });

  it(`has at least 40 distinct broken inputs (${BROKEN.length})`, () => {
    expect(BROKEN.length).to.be.at.least(40);
    expect(new Set(BROKEN.map((input) => input.name)).size).to.equal(BROKEN.length);
  });

  for (const input of BROKEN) {
    for (const delivery of deliveries(input)) {
      describe(`${input.name} (by ${delivery})`, () => {
        const results = new Map<Tag, Case>();
        const uncaught: { message: string; stack: string }[] = [];

        before(async () => {
          const trap = trapUncaught();
          const onError = (event: ErrorEvent) =>
            uncaught.push({ message: event.message, stack: String(event.error?.stack) });
          const onRejection = (event: PromiseRejectionEvent) =>
            uncaught.push({
              message: String(event.reason?.message ?? event.reason),
              stack: String(event.reason?.stack),
            });
          window.addEventListener('error', onError);
          window.addEventListener('unhandledrejection', onRejection);
          try {
            await Promise.all(
              TAGS.map(async (tag) => {
                cases += 1;
                const box = document.createElement('div');
                box.style.width = '640px';
                stage.append(box);
                const el = document.createElement(tag) as OccElement;
                if (input.timeout) el.timeout = input.timeout;
                const events = recordEvents(el);
                const waiting = nextOutcome(el);
                let src: string | undefined;
                if (delivery === 'src') el.src = src = await urlFor(input, tag);
                else el.data = input.data!() as never;
                // A neighbour of the same kind, loading a good profile at the same time.
                const sibling = document.createElement(tag) as OccElement;
                sibling.src = REFERENCE_URL;
                box.append(el, sibling);
                const outcome = await within(waiting, 4000, `<${tag}> outcome`).catch(
                  (error: Error) => error,
                );
                await el.updateComplete.catch(() => {});
                if (!sibling.profile && !sibling.error) {
                  await within(nextOutcome(sibling), 4000, 'sibling').catch(() => {});
                }
                await sibling.updateComplete.catch(() => {});
                results.set(tag, { el, sibling, src, events, outcome });
              }),
            );
            // A second event would have come by now: events follow the render by microtasks.
            await frame();
          } finally {
            window.removeEventListener('error', onError);
            window.removeEventListener('unhandledrejection', onRejection);
            trap.stop();
          }
        });

        after(() => stage.replaceChildren());

        it('throws nothing uncaught, and the bystanders keep showing their profiles', () => {
          expect(uncaught.map((u) => u.message)).to.deep.equal([]);
          bystanders.forEach((el, i) => {
            expect(errorPart(el), `${el.localName} bystander error`).to.equal(null);
            expect(el.profile, `${el.localName} bystander profile`).to.not.equal(undefined);
            expect(
              bystanderEvents[i]!.errors,
              `${el.localName} bystander occ-error`,
            ).to.have.length(0);
          });
          expect((window as { __hostileRan?: number }).__hostileRan).to.equal(undefined);
        });

        for (const tag of TAGS) {
          it(`<${tag}> shows one ${input.kind} error naming the fault; its sibling loads`, async () => {
            const { el, sibling, src, events, outcome } = results.get(tag)!;
            const mine = uncaught.filter((u) => u.stack.includes(CLASS[tag]));
            expect(
              mine.map((u) => u.message),
              'uncaught errors from this element',
            ).to.deep.equal([]);
            if (outcome instanceof Error) throw outcome;
            expect(outcome.type, 'outcome').to.equal('occ-error');
            expect(events.errors, 'occ-error events').to.have.length(1);
            expect(events.loads, 'occ-load events').to.have.length(0);

            const { error, src: detailSrc } = (outcome as OccErrorEvent).detail;
            expect(el.error, 'el.error').to.equal(error);
            expect(el.profile, 'el.profile').to.equal(undefined);
            expect(error, 'an OccDataError').to.be.instanceOf(OccDataError);
            expect((error as OccDataError).kind, 'error.kind').to.equal(input.kind);
            if (input.path) {
              expect(error.message.startsWith(`${input.path}: `), `"${error.message}"`).to.equal(
                true,
              );
            }
            if (input.message) expect(error.message).to.match(input.message);
            const absolute =
              src && URL.canParse(src, location.href) ? new URL(src, location.href).href : src;
            if (delivery === 'src' && input.kind !== 'contract') {
              expect(error.message, 'names the URL').to.contain(absolute);
            }
            expect(detailSrc, 'detail.src').to.equal(delivery === 'src' ? absolute : undefined);

            const shown = errorPart(el);
            expect(shown, 'error part with role="alert"').to.not.equal(null);
            const text = shown!.textContent!.replace(/\s+/g, ' ');
            // Readers get a plain sentence for a body that is not JSON or a contract fault: the
            // parser's and the validator's words stay in the event (and the console).
            const technical =
              input.kind === 'contract' || (error as OccDataError).details.body === 'json';
            expect(text, 'the message is shown').to.contain(
              technical
                ? readerMessage(error, enCore.errors)
                : error.message.replace(/\s+/g, ' ').slice(0, 200),
            );
            if (delivery === 'src') expect(text, 'the URL is shown').to.contain(absolute);
            expect(el.getAttribute('aria-busy'), 'aria-busy').to.equal(null);

            if (input.name.startsWith('a redirect to another origin')) {
              // The request reached the other origin and was refused for CORS, not by the network.
              const key = new URL(src!, location.href).searchParams.get('key')!;
              expect((await hitsFor(key)).hits, 'requests at the other origin').to.equal(1);
            }
            expectShowsProfile(sibling);
          });
        }
      });
    }
  }
});
