// First: define the elements the page opens with. React 19 sets a prop as a property only if the
// element has it when React creates the element (`data` must be a property), so these
// definitions must exist before the first render; imports run in order, so importing them first
// is enough. The finder and the comparison, far down the page, are imported when the reader
// comes near them (App.tsx).
import 'occ-elements/quick-facts.js';
import 'occ-elements/pay-chart.js';
import 'occ-elements/outlook.js';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App, PROFILE } from './App';
import type { OccupationProfile } from 'occ-elements';

// The profile the app passes as `data`, fetched before the first render (as a router's loader
// would): the first paint already shows it, so nothing on the page moves when it arrives.
const profile: OccupationProfile | Error = await fetch(PROFILE)
  .then((response) => {
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    return response.json() as Promise<OccupationProfile>;
  })
  .catch((error: Error) => error);

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App profile={profile} />
  </StrictMode>,
);
