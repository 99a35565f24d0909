// The demo's occupation picker: searches data/index.json (see builder/occupations.js) and
// points every element of the "Any occupation" section at the chosen profile. The index is
// fetched when the reader first uses the picker, not with the page.
import { fillOccupations, findOccupation, occupationLabel } from './builder/occupations.js';

const input = document.getElementById('occupation');
const status = document.getElementById('picker-status');
const targets = ['picked-quick-facts', 'picked-pay', 'picked-outlook', 'picked-profile']
  .map((id) => document.getElementById(id))
  .filter(Boolean);

let index;
/** The index, fetched once; its titles fill the suggestions. */
function occupationIndex() {
  index ??= fetch('../data/index.json')
    .then((response) => response.json())
    .then((json) => {
      fillOccupations(document.getElementById('occupations'), json.occupations);
      return json;
    });
  return index;
}
input.addEventListener('focus', occupationIndex, { once: true });

function show(entry) {
  for (const element of targets) element.src = `../data/${entry.file}`;
  status.textContent = `Showing ${occupationLabel(entry)}.`;
}

async function pick(query, { quiet = false } = {}) {
  const { occupations, soc2010 } = await occupationIndex();
  const entry = findOccupation(occupations, query, soc2010);
  if (entry) show(entry);
  else if (!quiet) status.textContent = `No occupation matches “${query}”.`;
}

document.getElementById('picker').addEventListener('submit', (event) => {
  event.preventDefault();
  void pick(input.value);
});
input.addEventListener('change', () => void pick(input.value, { quiet: true }));
