// The occupation pickers' data (the builder's and the gallery's, demo/picker.js):
// data/index.json searched by title, SOC code (2018, or 2010 through the index's crosswalk) or
// Handbook slug. Options are built as text.

const SOC = /^\d{2}-\d{4}$/;

/**
 * "Software Developers (15-1252)" for an occupation by SOC code, "Registered Nurses (Handbook
 * profile)" for one of the Handbook's profiles: what the picker shows and matches.
 */
export const occupationLabel = (entry) =>
  SOC.test(entry.slug) ? `${entry.title} (${entry.slug})` : `${entry.title} (Handbook profile)`;

/**
 * The entry a query names: its exact label, its slug or SOC code, an old SOC 2010 code's first
 * current occupation, or the first title containing it (the Handbook's profiles come first).
 */
export function findOccupation(occupations, query, soc2010 = {}) {
  const text = String(query ?? '')
    .trim()
    .toLowerCase();
  if (!text) return undefined;
  const bySlug = (slug) => occupations.find((entry) => entry.slug === slug);
  return (
    occupations.find((entry) => occupationLabel(entry).toLowerCase() === text) ??
    bySlug(text) ??
    (soc2010[text] ? bySlug(soc2010[text][0]) : undefined) ??
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
