import { css } from 'lit';

/**
 * A sortable data table that becomes cards in a narrow container (`<occ-finder>`,
 * `<occ-similar>`): each row a card of labelled values, the header row a "Sort by" bar of its sort
 * buttons. Every table part keeps an explicit role, so the changed display does not cost the table
 * its semantics. The markup it expects: a `.cell-label` (the column's name) in each cell, a
 * `.sort-by` in the caption, and `.sortable` column headers holding `.sort` buttons; the other
 * column headers stay in the table for screen readers, out of sight.
 *
 * `narrow`: the container width, in rem, at and below which rows are cards; `column`: a card's
 * narrowest column, in rem.
 */
export const cardStyles = (narrow: number, column: number) => css`
  /* Shown only on cards: the column's name above each value, and "Sort by:" before the buttons. */
  .cell-label,
  .sort-by {
    display: none;
  }

  @container (max-width: ${narrow}rem) {
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
    td {
      padding: 0;
      border: 0;
      text-align: start;
    }
    thead tr {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 0.5em;
      padding-block-end: 0.75em;
    }
    thead th:not(.sortable) {
      position: absolute;
      width: 1px;
      height: 1px;
      margin: -1px;
      overflow: hidden;
      clip: rect(0 0 0 0);
      white-space: nowrap;
    }
    .sort-by {
      display: block;
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
      grid-template-columns: repeat(auto-fit, minmax(min(100%, ${column}rem), 1fr));
      gap: 0.5em 1em;
      margin-block-start: 0.75em;
      padding: 0.75em;
      border: 1px solid var(--_color-border);
      border-radius: calc(var(--_radius) / 2);
    }
    tbody:first-of-type tr:first-child {
      margin-block-start: 0;
    }
    tbody th {
      grid-column: 1 / -1;
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
    .cell-label,
    .sort-by {
      color: CanvasText;
    }
    tbody tr {
      border-color: CanvasText;
    }
  }
`;
