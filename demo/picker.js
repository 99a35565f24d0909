// The demo's occupation picker: searches data/index.json by title or SOC code and points every
// element of the "Any occupation" section at the chosen profile. Options are built as text.
const input = document.getElementById('occupation');
const list = document.getElementById('occupations');
const status = document.getElementById('picker-status');
const targets = ['picked-quick-facts', 'picked-pay', 'picked-outlook'].map((id) =>
  document.getElementById(id),
);

const response = await fetch('../data/index.json');
const { occupations } = await response.json();
const label = (entry) => `${entry.title} (${entry.soc})`;
for (const entry of occupations) {
  const option = document.createElement('option');
  option.value = label(entry);
  list.append(option);
}

function find(query) {
  const text = query.trim().toLowerCase();
  if (!text) return undefined;
  return (
    occupations.find((entry) => label(entry).toLowerCase() === text) ??
    occupations.find((entry) => entry.soc === text) ??
    occupations.find((entry) => entry.title.toLowerCase().includes(text))
  );
}

function show(entry) {
  for (const element of targets) element.src = `../data/${entry.file}`;
  status.textContent = `Showing ${label(entry)}.`;
}

document.getElementById('picker').addEventListener('submit', (event) => {
  event.preventDefault();
  const entry = find(input.value);
  if (entry) show(entry);
  else status.textContent = `No occupation matches “${input.value}”.`;
});
input.addEventListener('change', () => {
  const entry = find(input.value);
  if (entry) show(entry);
});
