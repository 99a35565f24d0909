/**
 * Long sessions and races:
 *  - 100 rapid `src` changes on one element end showing the last profile, with every superseded
 *    request aborted (the test server counts the requests it got and the ones the client dropped);
 *  - a failing URL can be retried, with `reload()` and by setting the same `src` again, and
 *    succeeds once the server recovers;
 *  - creating and removing each element 1,000 times leaves no ResizeObserver observation and no
 *    window/document listener behind (counted by wrapping them on this page; the heap, DOM node
 *    and listener counts are measured with Chromium's own counters by test/hostile/leaks.mjs).
 */
import { expect } from '@open-wc/testing';
import type { OccElement } from '../../src/core/occ-element.js';
import {
  REFERENCE_URL,
  TAGS,
  type Tag,
  deepText,
  errorPart,
  expectShowsProfile,
  hitsFor,
  nextOutcome,
  recordEvents,
  sleep,
  trapUncaught,
  uniqueKey,
  within,
} from './hostile.js';

const OTHER = 'test/fixtures/other-occupation.json';
const OTHER_TITLE = 'Pharmacy Technicians';
const CHANGES = 100;
const CYCLES = 1000;

async function hitsSum(prefix: string): Promise<{ hits: number; aborts: number }> {
  return (await fetch(`/__fixtures/hits-sum?prefix=${encodeURIComponent(prefix)}`)).json();
}

/** What a fresh element shows for `profile`, at the same width. */
async function freshText(tag: Tag, profile: unknown): Promise<string> {
  const { box, el } = mount(tag);
  const done = nextOutcome(el);
  el.data = profile as never;
  await done;
  await el.updateComplete;
  const text = deepText(el.shadowRoot!);
  box.remove();
  return text;
}

function mount(tag: Tag, width = 640) {
  const box = document.createElement('div');
  box.style.width = `${width}px`;
  document.body.append(box);
  const el = document.createElement(tag) as OccElement;
  box.append(el);
  return { box, el };
}

describe('long sessions and races', function () {
  this.timeout(30000);
  let trap: ReturnType<typeof trapUncaught>;
  beforeEach(() => (trap = trapUncaught()));
  afterEach(() => trap.stop());

  for (const tag of TAGS) {
    describe(`<${tag}>`, () => {
      it(`shows the last of ${CHANGES} rapid src changes and aborts every superseded request`, async () => {
        const { box, el } = mount(tag);
        const events = recordEvents(el);
        const prefix = `${uniqueKey(`race-${tag}`)}-`;
        for (let i = 0; i < CHANGES - 1; i += 1) {
          el.src = `/__fixtures/profile?key=${prefix}${i}&delay=4000`;
          // Some changes land in one task (Lit takes the last), most in a task of their own.
          if (i % 4) await sleep(0);
        }
        const lastKey = uniqueKey(`race-last-${tag}`);
        const last = `/__fixtures/profile?key=${lastKey}&delay=50&file=${OTHER}`;
        const done = nextOutcome(el);
        el.src = last;
        const outcome = await within(done, 8000, 'the last profile');
        await sleep(300); // lets the server see the dropped connections
        expect(outcome.type).to.equal('occ-load');
        expect(el.profile!.occupation.title).to.equal(OTHER_TITLE);
        expectShowsProfile(el);
        expect(deepText(el.shadowRoot!), 'shows what a fresh element shows').to.equal(
          await freshText(tag, el.profile),
        );
        expect(
          events.errors.map((e) => e.detail.error.message),
          'occ-error',
        ).to.deep.equal([]);
        expect(events.loads.map((e) => e.detail.src)).to.deep.equal([
          new URL(last, location.href).href,
        ]);
        const superseded = await hitsSum(prefix);
        expect(superseded.hits, 'superseded requests that reached the server').to.be.at.most(
          CHANGES - 1,
        );
        expect(superseded.aborts, 'of those, aborted by the element').to.equal(superseded.hits);
        expect(await hitsFor(lastKey)).to.deep.equal({ hits: 1, aborts: 0 });
        expect(trap.errors).to.deep.equal([]);
        box.remove();
      });

      it('shows the last src when failing and slow URLs race with it', async () => {
        const { box, el } = mount(tag);
        const events = recordEvents(el);
        const failing = ['/__fixtures/status/500', '/__fixtures/reset', '/__fixtures/html'];
        for (let i = 0; i < 30; i += 1) {
          el.src =
            i % 2
              ? `${failing[i % 3]}?i=${i}`
              : `/__fixtures/profile?key=${uniqueKey('mixed')}&delay=${(i * 37) % 400}`;
          await sleep(i % 5);
        }
        const last = `/__fixtures/profile?key=${uniqueKey('mixed-last')}&file=${OTHER}&delay=200`;
        el.src = last;
        await within(
          (async () => {
            while (el.profile?.occupation.title !== OTHER_TITLE) await nextOutcome(el);
          })(),
          8000,
          'the last profile',
        );
        await sleep(500); // nothing superseded may land after the last one
        expect(el.profile!.occupation.title).to.equal(OTHER_TITLE);
        expectShowsProfile(el);
        const final = [...events.loads, ...events.errors].sort((a, b) => a.timeStamp - b.timeStamp);
        expect(final.at(-1)!.type).to.equal('occ-load');
        expect(final.at(-1)!.detail.src).to.equal(new URL(last, location.href).href);
        expect(trap.errors).to.deep.equal([]);
        box.remove();
      });

      it('ends in the error of the last src when that one fails', async () => {
        const { box, el } = mount(tag);
        for (let i = 0; i < 20; i += 1) {
          el.src = `/__fixtures/profile?key=${uniqueKey('to-fail')}&delay=300`;
          await sleep(0);
        }
        const done = nextOutcome(el);
        el.src = '/__fixtures/status/404?last';
        const outcome = await within(done, 5000, 'the last error');
        await sleep(500);
        expect(outcome.type).to.equal('occ-error');
        expect(el.profile).to.equal(undefined);
        expect(errorPart(el)!.textContent).to.contain('/__fixtures/status/404?last');
        expect(trap.errors).to.deep.equal([]);
        box.remove();
      });

      it('can be retried with reload() after a failure, and succeeds when the server recovers', async () => {
        for (const mode of ['status', 'reset', 'slow']) {
          const { box, el } = mount(tag);
          const key = uniqueKey(`retry-${mode}`);
          if (mode === 'slow') el.timeout = 300;
          const failed = nextOutcome(el);
          // Fails until the server recovers (Chromium itself retries a reset connection once).
          el.src = `/__fixtures/flaky?key=${key}&fail=100&mode=${mode}`;
          const first = await within(failed, 5000, `${mode}: first attempt`);
          expect(first.type, `${mode}: first attempt`).to.equal('occ-error');
          expect(errorPart(el)).to.not.equal(null);
          const attempts = (await hitsFor(key)).hits;
          await fetch(`/__fixtures/recover?key=${key}`);
          const recovered = nextOutcome(el);
          el.reload();
          const second = await within(recovered, 5000, `${mode}: retry`);
          expect(second.type, `${mode}: reload()`).to.equal('occ-load');
          expectShowsProfile(el);
          expect((await hitsFor(key)).hits, `${mode}: requests`).to.equal(attempts + 1);
          box.remove();
        }
        expect(trap.errors).to.deep.equal([]);
      });

      it('can be retried by setting the same src again, and succeeds when the server recovers', async () => {
        for (const how of ['property', 'attribute']) {
          const { box, el } = mount(tag);
          const key = uniqueKey(`same-src-${how}`);
          const src = `/__fixtures/flaky?key=${key}&fail=100&mode=status`;
          const failed = nextOutcome(el);
          el.src = src;
          expect((await within(failed, 5000, 'first attempt')).type).to.equal('occ-error');
          await fetch(`/__fixtures/recover?key=${key}`);
          const recovered = nextOutcome(el);
          if (how === 'property') el.src = src;
          else el.setAttribute('src', src);
          const second = await within(recovered, 3000, `same src set again (${how})`).catch(
            (error: Error) => error,
          );
          box.remove();
          if (second instanceof Error) throw second;
          expect(second.type, how).to.equal('occ-load');
        }
        expect(trap.errors).to.deep.equal([]);
      });

      it('fetches again on reload() after a success (bypassing the shared result)', async () => {
        const { box, el } = mount(tag);
        const key = uniqueKey('reload-ok');
        const first = nextOutcome(el);
        el.src = `/__fixtures/flaky?key=${key}&fail=0`;
        expect((await within(first, 5000, 'load')).type).to.equal('occ-load');
        const again = nextOutcome(el);
        el.reload();
        expect((await within(again, 5000, 'reload')).type).to.equal('occ-load');
        expect((await hitsFor(key)).hits).to.equal(2);
        box.remove();
      });
    });
  }

  describe(`${CYCLES} create/remove cycles of each element`, () => {
    /** Observations and listeners made by the elements, counted by wrapping the page's own. */
    const observed = new Set<Element>();
    const live = new Map<string, Set<unknown>>();
    const NativeObserver = window.ResizeObserver;
    const originals = {
      add: window.addEventListener,
      remove: window.removeEventListener,
      docAdd: document.addEventListener,
      docRemove: document.removeEventListener,
    };
    const stats = { cycles: 0, observersCreated: 0 };

    before(() => {
      class CountingObserver extends NativeObserver {
        #targets = new Set<Element>();
        constructor(callback: ResizeObserverCallback) {
          super(callback);
          stats.observersCreated += 1;
        }
        override observe(target: Element, options?: ResizeObserverOptions) {
          this.#targets.add(target);
          observed.add(target);
          super.observe(target, options);
        }
        override unobserve(target: Element) {
          this.#targets.delete(target);
          observed.delete(target);
          super.unobserve(target);
        }
        override disconnect() {
          this.#targets.forEach((target) => observed.delete(target));
          this.#targets.clear();
          super.disconnect();
        }
      }
      window.ResizeObserver = CountingObserver;
      const wrap = (
        target: EventTarget,
        label: string,
        add: typeof window.addEventListener,
        remove: typeof window.removeEventListener,
      ) => {
        target.addEventListener = function (type: string, listener: unknown, options?: unknown) {
          const key = `${label} ${type}`;
          if (!live.has(key)) live.set(key, new Set());
          live.get(key)!.add(listener);
          return add.call(
            this,
            type,
            listener as EventListener,
            options as AddEventListenerOptions,
          );
        };
        target.removeEventListener = function (type: string, listener: unknown, options?: unknown) {
          live.get(`${label} ${type}`)?.delete(listener);
          return remove.call(
            this,
            type,
            listener as EventListener,
            options as EventListenerOptions,
          );
        };
      };
      wrap(window, 'window', originals.add, originals.remove);
      wrap(document, 'document', originals.docAdd, originals.docRemove);
    });

    after(() => {
      window.ResizeObserver = NativeObserver;
      window.addEventListener = originals.add;
      window.removeEventListener = originals.remove;
      document.addEventListener = originals.docAdd;
      document.removeEventListener = originals.docRemove;
      console.log(
        `cycles: ${stats.cycles} create/remove cycles, ${stats.observersCreated} ResizeObservers created`,
      );
    });

    const liveListeners = () =>
      [...live].filter(([, set]) => set.size).map(([key, set]) => `${key} ×${set.size}`);

    for (const tag of TAGS) {
      it(`<${tag}> leaves no observation or listener behind after ${CYCLES} cycles`, async function () {
        this.timeout(60000);
        const reference = await (await fetch(REFERENCE_URL)).json();
        const small = { schemaVersion: 1, occupation: { title: 'Actuaries', soc: ['15-2011'] } };
        const box = document.createElement('div');
        box.style.width = '480px';
        document.body.append(box);
        const before = { observed: observed.size, listeners: liveListeners() };
        const key = uniqueKey(`cycles-${tag}`);
        for (let batch = 0; batch < CYCLES / 10; batch += 1) {
          // Ten at a time: given data (the full profile every tenth batch) or a src (loading,
          // then aborted), shown, then removed; one of each batch is removed before it renders.
          const elements = Array.from({ length: 10 }, (_, i) => {
            const el = document.createElement(tag) as OccElement;
            // Answered only after 10 s: far longer than a batch takes even on a loaded machine
            // (ten full profiles can take over 2 s there), so every load is cut short by removal.
            if (i === 9) el.src = `/__fixtures/profile?key=${key}&delay=10000`;
            else el.data = (batch % 10 === 0 ? reference : small) as never;
            box.append(el);
            return el;
          });
          elements[0]!.remove();
          await Promise.all(elements.slice(1, 9).map((el) => el.updateComplete));
          elements.forEach((el) => el.remove());
          stats.cycles += 10;
        }
        await sleep(300);
        expect(observed.size, 'elements still observed by a ResizeObserver').to.equal(
          before.observed,
        );
        expect(liveListeners(), 'window and document listeners').to.deep.equal(before.listeners);
        // The server hears of an abort when the connection closes, which on a loaded machine can
        // come after the sleep above; a load that was not aborted would answer only at 10 s, so
        // waiting up to 5 s more still tells the two apart.
        let requests = await hitsFor(key);
        for (let waited = 0; requests.aborts < requests.hits && waited < 5000; waited += 100) {
          await sleep(100);
          requests = await hitsFor(key);
        }
        expect(requests.aborts, 'loads cut short by removal, aborted').to.equal(requests.hits);
        expect(trap.errors).to.deep.equal([]);
        box.remove();
      });
    }
  });
});
