import { css } from 'lit';

export const quickFactsStyles = css`
  table {
    /* Fixed columns: long words wrap inside them instead of widening the table. */
    table-layout: fixed;
  }
  /* A rule above each row, as on the OOH page, rather than below. */
  th,
  td {
    padding: 0.5em 0;
    border-block-end: 0;
    border-block-start: 1px solid var(--_color-border);
  }
  th {
    width: 50%;
    padding-inline-end: 0.75em;
    font-weight: 600;
  }
  .nowrap {
    white-space: nowrap;
  }
  td .line {
    display: block;
  }
  /* The median pay is two lines, per year and per hour. Some occupations are paid by the year
     only (teachers): their row keeps the second line's room, so the table, and the placeholder
     drawn before it, is the same height for every profile. */
  .pay .line:only-child {
    padding-block-end: 1lh;
  }
  .term {
    all: unset;
    display: inline;
    cursor: pointer;
    font: inherit;
    color: inherit;
    text-decoration: underline dotted var(--_color-accent);
    text-decoration-thickness: 2px;
    text-underline-offset: 0.2em;
    border-radius: 0.125em;
  }
  .term:focus-visible {
    outline: 3px solid var(--_color-focus);
    outline-offset: 2px;
  }
  .marker {
    display: inline-block;
    width: 0.75em;
    height: 0.75em;
    margin-inline-start: 0.3em;
    vertical-align: -0.05em;
    fill: none;
    stroke: var(--_color-accent);
    stroke-width: 2.5;
    transition: transform 0.15s ease;
  }
  .term[aria-expanded='true'] .marker {
    transform: rotate(180deg);
  }
  .definition {
    margin-block-start: 0.375em;
    padding: 0.5em 0.625em;
    font-weight: 400;
    font-size: 0.9375em;
    color: var(--_color-text);
    background: var(--_color-surface-alt);
    border-radius: calc(var(--_radius) / 2);
  }
  .definition[hidden] {
    display: none;
  }
  /* Narrow: each label above its value. The table keeps explicit roles, so the changed display
     does not cost it its table semantics. */
  @container (max-width: 22rem) {
    th,
    td {
      display: block;
      width: auto;
      padding-inline-end: 0;
    }
    td {
      border-block-start: 0;
      padding-block-start: 0;
    }
  }
  @media (forced-colors: active) {
    .term {
      text-decoration-color: LinkText;
    }
    .marker {
      stroke: CanvasText;
    }
    .definition {
      border: 1px solid CanvasText;
    }
  }
  @media print {
    .marker {
      display: none;
    }
    .term {
      text-decoration: none;
    }
  }
`;
