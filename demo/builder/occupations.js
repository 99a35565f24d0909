// The occupation picker's data: data/index.json searched by title or SOC code, as in the
// gallery's picker (demo/picker.js). Options are built as text.

/** "Software Developers, Applications (15-1132)": what the picker shows and matches. */
export const occupationLabel = (entry) => `${entry.title} (${entry.soc})`;

/** The entry a query names: its exact label, its SOC code, or the first title containing it. */
export function findOccupation(occupations, query) {
  const text = String(query ?? '')
    .trim()
    .toLowerCase();
  if (!text) return undefined;
  return (
    occupations.find((entry) => occupationLabel(entry).toLowerCase() === text) ??
    occupations.find((entry) => entry.soc === text) ??
    occupations.find((entry) => entry.title.toLowerCase().includes(text))
  );
}

/** Fills the <datalist> with one option per occupation. */
export function fillOccupations(list, occupations) {
  list.replaceChildren(
    ...occupations.map((entry) => {
      const option = document.createElement('option');
      option.value = occupationLabel(entry);
      return option;
    }),
  );
}
