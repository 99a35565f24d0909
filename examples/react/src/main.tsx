// First: define the elements. React 19 sets a prop as a property only if the element has it when
// React creates the element, so the definitions must exist before the first render; imports run
// in order, so importing the package first is enough.
import 'occ-elements';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
