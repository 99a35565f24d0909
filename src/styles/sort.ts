import { css } from 'lit';

/** Sortable column headers' buttons and indicators (`<occ-similar>`, `<occ-finder>`). */
export const sortStyles = css`
  .sort {
    margin: -0.125em 0;
    padding: 0.125em 0.25em;
    font: inherit;
    color: inherit;
    text-align: inherit;
    background: transparent;
    border: 1px solid transparent;
    border-radius: calc(var(--_radius) / 2);
    cursor: pointer;
    transition: background-color 0.15s ease;
  }
  .sort:hover {
    background: var(--_color-surface-alt);
  }
  /* The indicator's shape tells the state: two chevrons (unsorted), an up or a down arrow. */
  .nowrap {
    white-space: nowrap;
  }
  .indicator {
    display: inline-block;
    width: 1em;
    height: 1em;
    margin-inline-start: 0.3em;
    vertical-align: -0.125em;
    fill: none;
    stroke: var(--_color-accent);
    stroke-width: 2;
    stroke-linecap: round;
    stroke-linejoin: round;
  }
  .indicator.none {
    stroke: var(--_color-muted);
    stroke-width: 1.75;
  }
  @media (forced-colors: active) {
    .sort {
      color: ButtonText;
      border-color: ButtonText;
    }
    .indicator,
    .indicator.none {
      stroke: ButtonText;
    }
  }
  @media (prefers-reduced-motion: reduce) {
    .sort {
      transition: none;
    }
  }
  @media print {
    .indicator.none {
      display: none;
    }
  }
`;
