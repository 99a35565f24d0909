// The demo's occupation picker: searches data/index.json (see builder/occupations.js) and
// points every element of the "Any occupation" section at the chosen profile.
import { fillOccupations, findOccupation, occupationLabel } from './builder/occupations.js';

const input = document.getElementById('occupation');
const status = document.getElementById('picker-status');
const targets = ['picked-quick-facts', 'picked-pay', 'picked-outlook', 'picked-profile']
  .map((id) => document.getElementById(id))
  .filter(Boolean);

const response = await fetch('../data/index.json');
const { occupations, soc2010 } = await response.json();
fillOccupations(document.getElementById('occupations'), occupations);

function show(entry) {
  for (const element of targets) element.src = `../data/${entry.file}`;
  status.textContent = `Showing ${occupationLabel(entry)}.`;
}

document.getElementById('picker').addEventListener('submit', (event) => {
  event.preventDefault();
  const entry = findOccupation(occupations, input.value, soc2010);
  if (entry) show(entry);
  else status.textContent = `No occupation matches “${input.value}”.`;
});
input.addEventListener('change', () => {
  const entry = findOccupation(occupations, input.value, soc2010);
  if (entry) show(entry);
});
