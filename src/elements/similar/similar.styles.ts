import { css } from 'lit';

export const similarStyles = css`
  table {
    /* Fixed columns: long words wrap inside them instead of widening the table. */
    table-layout: fixed;
  }
  th,
  td {
    padding-block: 0.5em;
  }
  thead th {
    font-weight: 600;
  }
  tbody th {
    font-weight: 600;
  }
  th.occupation {
    width: 24%;
  }
  th.education {
    width: 21%;
  }
  th.pay {
    width: 9em;
  }
  th.pay,
  td.pay {
    text-align: end;
  }
  td.pay {
    font-variant-numeric: tabular-nums;
  }
  .missing {
    color: var(--_color-muted);
    font-style: italic;
  }
  a {
    color: var(--_color-accent);
    text-underline-offset: 0.15em;
  }
  /* Shown only on cards: the column's name above each value, and "Sort by:" before the buttons. */
  .cell-label,
  .sort-by {
    display: none;
  }

  /* Narrow: each row becomes a card and the header row a "Sort by" bar. Every table part keeps
     an explicit role, so the changed display does not cost the table its semantics. */
  @container (max-width: 36rem) {
    table,
    caption,
    thead,
    tbody,
    tr,
    th,
    td {
      display: block;
      width: auto;
    }
    th,
    td,
    th.occupation,
    th.education,
    th.pay {
      width: auto;
      padding: 0;
      border: 0;
      text-align: start;
    }
    th.pay,
    td.pay {
      text-align: start;
    }
    thead tr {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 0.5em;
      padding-block-end: 0.75em;
    }
    /* The unsortable column headers stay in the table for screen readers, out of sight. */
    thead th.occupation,
    thead th.duties {
      position: absolute;
      width: 1px;
      height: 1px;
      margin: -1px;
      overflow: hidden;
      clip: rect(0 0 0 0);
      white-space: nowrap;
    }
    /* "Sort by:" closes the caption, right above the buttons. */
    .sort-by {
      display: block;
      margin-block-start: 0.5em;
      font-size: 0.8em; /* of the caption's 1.125em: 0.9 of the element's size */
      font-weight: 400;
      color: var(--_color-muted);
    }
    .sort {
      margin: 0;
      padding: 0.25em 0.625em;
      border-color: var(--_color-border);
    }
    tbody tr {
      display: grid;
      grid-template-columns: repeat(auto-fit, minmax(min(100%, 8rem), 1fr));
      gap: 0.5em 1em;
      padding: 0.75em;
      border: 1px solid var(--_color-border);
      border-radius: calc(var(--_radius) / 2);
    }
    tbody tr + tr {
      margin-block-start: 0.75em;
    }
    tbody th,
    td.duties {
      grid-column: 1 / -1;
    }
    tbody th {
      font-size: 1.0625em;
      line-height: 1.35;
    }
    .cell-label {
      display: block;
      font-size: 0.8125em;
      font-weight: 600;
      color: var(--_color-muted);
    }
  }

  @media (forced-colors: active) {
    a {
      color: LinkText;
    }
    .missing,
    .cell-label,
    .sort-by {
      color: CanvasText;
    }
    tbody tr {
      border-color: CanvasText;
    }
  }
`;
