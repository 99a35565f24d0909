import { css } from 'lit';

export const compareStyles = css`
  table {
    table-layout: fixed;
  }
  thead th {
    font-weight: 700;
    vertical-align: bottom;
  }
  tbody th {
    font-weight: 600;
    width: 28%;
  }
  .corner {
    width: 28%;
    border-block-end-width: 2px;
  }
  td {
    font-variant-numeric: tabular-nums;
  }
  .line {
    display: block;
  }
  .nowrap {
    white-space: nowrap;
  }
  .missing {
    color: var(--_color-muted);
    font-style: italic;
  }
  button,
  select {
    font: inherit;
    color: inherit;
  }
  .remove,
  .add {
    display: inline-block;
    margin-block-start: 0.375em;
    padding: 0.125em 0.5em;
    font-size: 0.875em;
    font-weight: 400;
    background: var(--_color-surface-alt);
    border: 1px solid var(--_color-border);
    border-radius: calc(var(--_radius) / 2);
    cursor: pointer;
  }
  .add {
    margin: 0;
    font-size: 1em;
    padding: 0.25em 0.75em;
  }
  thead .remove {
    display: block;
  }
  .failure {
    margin-block-end: 0.75em;
  }
  .picker {
    display: grid;
    gap: 0.25em;
    margin-block-start: 1em;
  }
  .picker label {
    font-weight: 600;
  }
  /* Its menu is as wide as its longest title unless told to shrink with the element. */
  .pick-row {
    min-width: 0;
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
  }
  select {
    flex: 1 1 12rem;
    min-width: 0;
    max-width: 100%;
    padding: 0.25em 0.5em;
    background: var(--_color-surface);
    border: 1px solid var(--_color-muted);
    border-radius: calc(var(--_radius) / 2);
  }
  .full {
    color: var(--_color-muted);
  }
  .chart {
    margin: 1.25em 0 0;
  }
  .chart-title {
    margin: 0 0 0.5em;
    font-weight: 700;
  }
  svg {
    display: block;
    max-width: 100%;
    height: auto;
    overflow: visible;
    font-size: 0.875em;
  }
  svg text {
    fill: var(--_color-text);
  }
  .tick,
  svg .missing {
    fill: var(--_color-muted);
  }
  .grid {
    stroke: var(--_color-grid);
  }
  .zero {
    stroke: var(--_color-text);
  }
  .whisker {
    stroke: var(--_color-bar);
    stroke-width: 2;
  }
  .box,
  .bar,
  .median {
    fill: var(--_color-bar);
  }
  .median {
    stroke: var(--_color-surface);
    stroke-width: 1.5;
  }
  .highlighted .whisker {
    stroke: var(--_color-highlight);
  }
  /* The highlighted occupation's box and bar are hatched (and its label says so), not only coloured. */
  .highlighted .box,
  .highlighted .bar {
    fill: url(#hatch);
    stroke: var(--_color-highlight);
    stroke-width: 1.5;
  }
  .highlighted .median {
    fill: var(--_color-highlight);
  }
  .highlighted .label {
    font-weight: 700;
  }
  .hatch-ground {
    fill: var(--_color-surface);
  }
  .hatch-line {
    stroke: var(--_color-highlight);
    stroke-width: 3;
  }
  figcaption {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em 1em;
    margin-block-start: 0.375em;
    font-size: 0.8125em;
    color: var(--_color-muted);
  }
  .key::before {
    content: '';
    display: inline-block;
    width: 1.25em;
    height: 0.75em;
    margin-inline-end: 0.35em;
    vertical-align: -0.05em;
  }
  .whisker-key::before {
    height: 2px;
    vertical-align: 0.25em;
    background: var(--_color-bar);
  }
  .box-key::before {
    background: var(--_color-bar);
  }
  .median-key::before {
    width: 0.6em;
    height: 0.6em;
    transform: rotate(45deg);
    background: var(--_color-bar);
  }

  /* Shown only where the values of a row wrap onto two lines: which occupation each one is. */
  .who {
    display: none;
    font-size: 0.8125em;
    font-weight: 600;
    color: var(--_color-muted);
  }
  .count-2 {
    --_columns: 2;
  }
  .count-3 {
    --_columns: 3;
  }
  .count-4 {
    --_columns: 4;
  }
  /*
   * A container too narrow for four columns of words such as "Postsecondary": each fact's name
   * on a line of its own, above its values, which share the whole width, so no word of a name, a
   * value or a title is broken. The values sit under their
   * occupations' columns; three or four that do not fit side by side wrap two to a line, each
   * then labelled with its occupation. Every table part keeps its role (set in compare.ts).
   */
  /* On screen only: a printed page holds four columns in its smaller type (print rules below). */
  @media screen {
    @container (max-width: 50rem) {
      table,
      caption,
      thead,
      tbody {
        display: block;
      }
      tr {
        display: grid;
        grid-template-columns: repeat(var(--_columns), minmax(0, 1fr));
        gap: 0.25em 1em;
        padding-block: 0.5em;
        border-block-end: 1px solid var(--_color-border);
      }
      thead tr {
        border-block-end-width: 2px;
      }
      th,
      td {
        width: auto;
        padding: 0;
        border: 0;
        overflow-wrap: break-word;
      }
      .corner {
        display: none;
      }
      tbody th {
        grid-column: 1 / -1;
        width: auto;
      }
    }
  }
  @container (max-width: 30rem) {
    th,
    td {
      font-size: 0.9375em;
    }
  }
  @container (max-width: 24rem) {
    .count-3 {
      --_columns: 2;
    }
    .count-3 .who {
      display: block;
    }
  }
  @container (max-width: 32rem) {
    .count-4 {
      --_columns: 2;
    }
    .count-4 .who {
      display: block;
    }
  }
  @media (forced-colors: active) {
    .remove,
    .add,
    select {
      border-color: ButtonText;
    }
    svg text,
    .missing,
    .who,
    .full,
    figcaption {
      fill: CanvasText;
      color: CanvasText;
    }
    .whisker,
    .zero,
    .hatch-line,
    .highlighted .box,
    .highlighted .bar {
      stroke: CanvasText;
    }
    .box,
    .bar,
    .median,
    .highlighted .median {
      fill: CanvasText;
    }
    .hatch-ground {
      fill: Canvas;
    }
    .grid {
      stroke: GrayText;
    }
  }
  /* Print: one page for four occupations (tighter rows and type; no buttons or menu). */
  @media print {
    :host {
      font-size: 9pt;
      line-height: 1.3;
      border: 0;
      padding: 0;
    }
    th,
    td {
      padding-block: 0.2em;
    }
    caption {
      padding-block-end: 0.25em;
    }
    .remove,
    thead .remove,
    .picker {
      display: none;
    }
    table,
    .chart {
      break-inside: avoid;
    }
    .chart {
      margin-block-start: 0.5em;
    }
    .chart-title {
      margin-block-end: 0.2em;
    }
    .source {
      margin-block-start: 0.25em;
    }
  }
`;
