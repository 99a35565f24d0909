import { useCallback, useEffect, useState } from 'react';
import type { OccErrorEvent, OccLoadEvent, OccupationProfile } from 'occ-elements';

const PROFILE = '/data/editions/2019-20/29-2071.json';
const MISSING = '/data/no-such-occupation.json';

/** The tag of the element an occ-* event came from, for the log. */
const tagOf = (event: Event) => `<${(event.currentTarget as Element).localName}>`;

export function App() {
  // The profile as an object, for the `data` property (as an app that already has it would pass it).
  const [profile, setProfile] = useState<OccupationProfile>();
  const [fetchError, setFetchError] = useState<string>();
  const [payUrl, setPayUrl] = useState(PROFILE);
  const [hourly, setHourly] = useState(false);
  const [events, setEvents] = useState<string[]>([]);

  useEffect(() => {
    const controller = new AbortController();
    fetch(PROFILE, { signal: controller.signal })
      .then((response) => response.json())
      .then(setProfile)
      .catch((error: Error) => {
        if (!controller.signal.aborted) setFetchError(error.message);
      });
    return () => controller.abort();
  }, []);

  // Plain functions as `onocc-load` / `onocc-error`: React 19 adds them with addEventListener.
  const onLoad = useCallback((event: OccLoadEvent) => {
    const line = `Loaded: ${tagOf(event)} ${event.detail.profile.occupation.title}`;
    setEvents((lines) => [...lines, line]);
  }, []);
  const onError = useCallback((event: OccErrorEvent) => {
    const line = `Error: ${tagOf(event)} ${event.detail.error.message}`;
    setEvents((lines) => [...lines, line]);
  }, []);

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
      {profile ? (
        <occ-quick-facts data={profile} onocc-load={onLoad} onocc-error={onError} />
      ) : (
        <p>{fetchError ? `Could not fetch the profile: ${fetchError}` : 'Fetching the profile…'}</p>
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

      <h2>Events</h2>
      <ol id="events" aria-live="polite">
        {events.map((line, index) => (
          <li key={index}>{line}</li>
        ))}
      </ol>
    </main>
  );
}
