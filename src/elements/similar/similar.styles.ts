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
  /* Cards (styles/cards.ts): the widths and alignments of the columns are undone. */
  @container (max-width: 36rem) {
    th.occupation,
    th.education,
    th.pay {
      width: auto;
      padding: 0;
      border: 0;
      text-align: start;
    }
    td.pay {
      text-align: start;
    }
    /* "Sort by:" closes the caption, right above the buttons. */
    .sort-by {
      margin-block-start: 0.5em;
    }
    td.duties {
      grid-column: 1 / -1;
    }
  }

  @media (forced-colors: active) {
    .missing {
      color: CanvasText;
    }
  }
`;
