import { css } from 'lit';

export const outlookStyles = css`
  .summary {
    margin: 0.75em 0 0;
  }
  .summary strong {
    font-weight: 700;
  }
  /* One row per figure: fixed columns, so a long title does not squeeze the figures' names. */
  .transposed {
    table-layout: fixed;
    width: 100%;
  }
  .transposed thead td {
    width: 60%;
    border-block-end-width: 2px;
  }
  th[scope='colgroup'] {
    text-align: center;
    border-block-end-width: 1px;
  }
  /* The occupation's title in the projections table: the same lines for every occupation (see lines() in outlook.ts). */
  .lines-1,
  .lines-2 {
    display: block;
    overflow: hidden;
  }
  .lines-1 {
    white-space: nowrap;
    text-overflow: ellipsis;
    /* Its whole text must not widen the table. */
    contain: inline-size;
  }
  .lines-2 {
    display: -webkit-box;
    -webkit-box-orient: vertical;
    -webkit-line-clamp: 2;
    min-height: 2lh;
  }
  .links {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em 1em;
    margin: 0.5em 0 0;
  }
`;
