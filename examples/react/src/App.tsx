import { useCallback, useEffect, useRef, useState, type RefObject } from 'react';
import type {
  OccCompareChangeEvent,
  OccCompareLoadDetail,
  OccErrorEvent,
  OccIndexLoadDetail,
  OccLoadEvent,
  OccSelectEvent,
  OccupationProfile,
} from 'occ-elements';

export const PROFILE = '/data/29-2072.json';
const MISSING = '/data/no-such-occupation.json';
/** The 2024-34 dataset's index: the finder lists it, the comparison's menu adds from it. */
const INDEX = '/data/index.json';
/** The comparison's first occupations: the two that succeed 29-2071 (the 2019-20 reference) in the 2024-34 edition. */
const COMPARED = ['/data/29-2072.json', '/data/29-9021.json'];
/** `<occ-compare>` shows at most four occupations. */
const MAX_COMPARED = 4;

/**
 * Imports `<occ-finder>` and `<occ-compare>` once `section` comes within a screen's height of the
 * viewport (a chunk of their own, see ../build.mjs), so the page's first work is only what it
 * opens with. Created before their definition, they get their props as attributes (text and
 * numbers, all they take here) and their `on…` listeners all the same; once defined, React sets
 * props as properties again.
 */
function useElementsWhenNear(section: RefObject<HTMLElement | null>) {
  useEffect(() => {
    const observer = new IntersectionObserver(
      ([entry]) => {
        if (!entry?.isIntersecting) return;
        observer.disconnect();
        void import('occ-elements/finder.js');
        void import('occ-elements/compare.js');
      },
      { rootMargin: '100% 0px' },
    );
    observer.observe(section.current!);
    return () => observer.disconnect();
  }, [section]);
}

/** The tag of the element an occ-* event came from, for the log. */
const tagOf = (event: Event) => `<${(event.currentTarget as Element).localName}>`;
/** What an element loaded, in words: a profile's title, the finder's index, the comparison's titles. */
const loaded = (detail: OccLoadEvent['detail'] | OccIndexLoadDetail | OccCompareLoadDetail) =>
  'index' in detail
    ? `${detail.index.occupations.length} occupations`
    : 'profiles' in detail
      ? detail.profiles.map((profile) => profile.occupation.title).join(', ')
      : detail.profile.occupation.title;
/** Two URLs name the same file (the comparison gives the ones its menu adds in full). */
const sameFile = (a: string, b: string) =>
  new URL(a, location.href).href === new URL(b, location.href).href;

/**
 * `profile`: the medical records specialists' profile as an object, for the `data` property (main.tsx fetches it
 * before the first render, as a router's loader would), or why it could not be fetched.
 */
export function App({ profile }: { profile: OccupationProfile | Error }) {
  const [payUrl, setPayUrl] = useState(PROFILE);
  const [hourly, setHourly] = useState(false);
  const [compared, setCompared] = useState(COMPARED);
  const [events, setEvents] = useState<string[]>([]);
  const findAndCompare = useRef<HTMLElement>(null);
  useElementsWhenNear(findAndCompare);

  const log = useCallback((line: string) => setEvents((lines) => [...lines, line]), []);
  // Plain functions as `onocc-load` / `onocc-error`: React 19 adds them with addEventListener.
  const onLoad = useCallback(
    (event: OccLoadEvent<OccLoadEvent['detail'] | OccIndexLoadDetail | OccCompareLoadDetail>) =>
      log(`Loaded: ${tagOf(event)} ${loaded(event.detail)}`),
    [log],
  );
  const onError = useCallback(
    (event: OccErrorEvent) => log(`Error: ${tagOf(event)} ${event.detail.error.message}`),
    [log],
  );
  // The app routes instead of following the finder's link: the occupation joins the comparison
  // (the oldest one makes room when four are shown).
  const onSelect = useCallback(
    (event: OccSelectEvent) => {
      event.preventDefault();
      const url = `/data/${event.detail.entry.file}`;
      setCompared((list) =>
        list.some((other) => sameFile(other, url)) ? list : [...list, url].slice(-MAX_COMPARED),
      );
      log(`Selected: ${tagOf(event)} ${event.detail.entry.title}`);
    },
    [log],
  );
  // The reader added or removed an occupation inside the comparison: the state follows.
  const onCompareChange = useCallback(
    (event: OccCompareChangeEvent) => setCompared(event.detail.src),
    [],
  );

  return (
    <main>
      <h1>occ-elements in React 19</h1>
      <p>
        No wrapper: React 19 sets <code>data</code> and <code>src</code> as properties and listens
        to <code>occ-load</code> and <code>occ-error</code> through <code>onocc-load</code> and{' '}
        <code>onocc-error</code>.
      </p>

      <h2>
        <code>data</code> property
      </h2>
      {profile instanceof Error ? (
        <p>Could not fetch the profile: {profile.message}</p>
      ) : (
        <occ-quick-facts data={profile} onocc-load={onLoad} onocc-error={onError} />
      )}

      <h2>
        <code>src</code>, set from state
      </h2>
      <div className="controls">
        <label>
          <input
            type="checkbox"
            checked={hourly}
            onChange={(event) => setHourly(event.target.checked)}
          />{' '}
          Hourly wages
        </label>
        <button type="button" onClick={() => setPayUrl(payUrl === PROFILE ? MISSING : PROFILE)}>
          {payUrl === PROFILE ? 'Point at a missing profile' : 'Back to the profile'}
        </button>
      </div>
      <occ-pay-chart
        src={payUrl}
        basis={hourly ? 'hourly' : 'annual'}
        hideIndustries
        onocc-load={onLoad}
        onocc-error={onError}
      />

      <occ-outlook src={PROFILE} onocc-load={onLoad} onocc-error={onError} />

      <section ref={findAndCompare} aria-labelledby="find-and-compare">
        <h2 id="find-and-compare">Find, then compare</h2>
        <p>
          The 2024-34 Handbook. Choose an occupation in the finder: the app cancels{' '}
          <code>occ-select</code> and adds it to the comparison below instead of leaving the page.{' '}
          <code>onocc-compare-change</code> keeps the app’s list when the reader adds or removes
          one.
        </p>
        <occ-finder
          src={INDEX}
          query="health"
          sort="growth"
          limit={8}
          onocc-select={onSelect}
          onocc-load={onLoad}
          onocc-error={onError}
        />
        <occ-compare
          src={compared.join(' ')}
          index={INDEX}
          onocc-compare-change={onCompareChange}
          onocc-load={onLoad}
          onocc-error={onError}
        />
      </section>

      <h2>Events</h2>
      <ol id="events" aria-live="polite">
        {events.map((line, index) => (
          <li key={index}>{line}</li>
        ))}
      </ol>
    </main>
  );
}
