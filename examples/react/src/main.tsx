// First: define the elements. React 19 sets a prop as a property only if the element has it when
// React creates the element, so the definitions must exist before the first render; imports run
// in order, so importing the package first is enough.
import 'occ-elements';
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
