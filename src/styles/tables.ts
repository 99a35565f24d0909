import { css } from 'lit';

/** What every data table shares: full width, a caption as its title, rules between rows. */
export const tableStyles = css`
  table {
    width: 100%;
    border-collapse: collapse;
  }
  /* A word longer than the column (a 5,000-character string, say) breaks rather than widening the table. */
  caption,
  th,
  td {
    overflow-wrap: anywhere;
  }
  /*
   * Column headers, and the row headers of a table turned to one row per figure, are labels the
   * elements write ("Employment, 2018", "Percent"): they wrap between words, never inside one.
   * Column headers only where the columns fit at their longest words (a six-column table at a
   * phone's width may still break them rather than overflow the element).
   */
  .transposed tbody th {
    overflow-wrap: break-word;
  }
  @container (min-width: 35rem) {
    thead th {
      overflow-wrap: break-word;
    }
  }
  caption {
    text-align: start;
    font-weight: 700;
    font-size: 1.125em;
    line-height: 1.3;
    padding-block-end: 0.5em;
  }
  th,
  td {
    text-align: start;
    vertical-align: top;
    padding: 0.375em 0.5em;
    border-block-end: 1px solid var(--_color-border);
  }
  th:first-child,
  td:first-child {
    padding-inline-start: 0;
  }
  th:last-child,
  td:last-child {
    padding-inline-end: 0;
  }
  thead th {
    vertical-align: bottom;
    border-block-end-width: 2px;
  }
`;
