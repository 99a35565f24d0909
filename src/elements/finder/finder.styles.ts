import { css } from 'lit';

export const finderStyles = css`
  form {
    display: grid;
    gap: 0.75em;
    margin-block-end: 0.75em;
  }
  .filters {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 13rem), 1fr));
    gap: 0.5em 1em;
  }
  /* Grid and flex children shrink with the element: a menu is otherwise as wide as its longest
     option ("Moderate-term on-the-job training") and runs past a phone's width. */
  form > *,
  .field {
    min-width: 0;
  }
  .field {
    display: flex;
    flex-direction: column;
    gap: 0.25em;
  }
  label {
    font-size: 0.875em;
    font-weight: 600;
  }
  input,
  select,
  button {
    font: inherit;
    color: inherit;
  }
  input,
  select {
    min-width: 0;
    max-width: 100%;
    min-height: 2.25em;
    padding: 0.25em 0.5em;
    background: var(--_color-surface);
    border: 1px solid var(--_color-muted);
    border-radius: calc(var(--_radius) / 2);
  }
  .clear,
  .more {
    justify-self: start;
    padding: 0.375em 0.75em;
    background: var(--_color-surface-alt);
    border: 1px solid var(--_color-border);
    border-radius: calc(var(--_radius) / 2);
    cursor: pointer;
  }
  .more {
    margin-block-start: 0.75em;
  }
  .count {
    margin: 0 0 0.5em;
    color: var(--_color-muted);
  }
  /* A grid in table roles (every part has its role explicitly), not a CSS table: a table lays out
     all its rows again whenever a step adds rows (800 rows made each step a 60-80 ms frame), but
     here each step's group of rows is laid out on its own, and a group out of sight not at all
     (content-visibility; its size guessed until it has been seen). Every row has the same fixed
     columns, as wide as their longest words ("Postsecondary", "Much faster than average"), so
     they line up as a table's would; a figure's column is at least as wide as its longest figure
     ("6,950,000") and header word ("(projected)"). */
  table,
  caption,
  thead,
  tbody {
    display: block;
  }
  tr {
    display: grid;
    grid-template-columns:
      minmax(11em, 24fr) minmax(8.5em, 17fr) minmax(6.5em, 10fr) minmax(8em, 15fr)
      minmax(6.5em, 10fr) minmax(7.5em, 12fr) minmax(6.5em, 12fr);
  }
  thead th {
    align-content: end; /* a table's vertical-align: bottom */
  }
  tbody {
    content-visibility: auto;
    contain-intrinsic-size: auto 375rem; /* 50 rows of about 7.5rem */
  }
  /* The placeholder's few rows are laid out wherever they are: its height is the one reserved
     for the finder before its script runs (occ-elements.css), not a guess of 50 rows. */
  .stand-in tbody {
    content-visibility: visible;
  }
  th,
  td {
    padding-block: 0.5em;
  }
  thead th {
    font-weight: 600;
    font-size: 0.9375em;
  }
  tbody th {
    font-weight: 600;
  }
  /* Where a column is still narrower than a word, the word is hyphenated, not cut anywhere. */
  td.education,
  td.growth {
    overflow-wrap: break-word;
    hyphens: auto;
  }
  th.pay,
  td.pay,
  th.jobs,
  td.jobs,
  th.new-jobs,
  td.new-jobs,
  th.openings,
  td.openings {
    text-align: end;
    font-variant-numeric: tabular-nums;
  }
  /* A figure never breaks inside ("4,347,700"), nor a header word ("Median"): their columns are
     wide enough (above); the lines break between words only. */
  .figure {
    white-space: nowrap;
  }
  td,
  thead th {
    overflow-wrap: break-word;
  }
  .soc {
    display: block;
    font-size: 0.8125em;
    font-weight: 400;
    color: var(--_color-muted);
  }
  .missing {
    color: var(--_color-muted);
    font-style: italic;
  }
  /* Cards (styles/cards.ts): the alignments of the columns are undone. */
  @container (max-width: 55rem) {
    th.pay,
    td.pay,
    th.jobs,
    td.jobs,
    th.new-jobs,
    td.new-jobs,
    th.openings,
    td.openings {
      text-align: start;
    }
  }

  @media (forced-colors: active) {
    input,
    select,
    .clear,
    .more {
      border-color: CanvasText;
    }
    .missing,
    .soc,
    .count {
      color: CanvasText;
    }
  }
  @media print {
    form,
    .more {
      display: none;
    }
  }
`;
