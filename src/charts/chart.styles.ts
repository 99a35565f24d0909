import { css } from 'lit';
import { dataTableStyles } from '../core/data-table.js';

/** Figures, the view toggle, SVG bar charts and data tables, shared by the chart elements. */
export const chartStyles = css`
  figure {
    margin: 0;
  }
  figure + figure,
  .after {
    margin-block-start: calc(var(--_space) * 1.25);
  }
  figcaption,
  .caption {
    font-weight: 700;
    font-size: 1.125em;
    line-height: 1.3;
    text-align: start;
  }
  figcaption,
  .caption {
    margin-block: 0 0.5em;
  }
  /* The view toggle stands alone at the end of the line, above the figures. */
  .toggle {
    display: block;
    margin-inline-start: auto;
    margin-block-end: 0.5em;
    font: inherit;
    font-size: 0.875em;
    min-height: 2em;
    padding: 0.25em 0.75em;
    color: var(--_color-accent);
    background: transparent;
    border: 1px solid var(--_color-border);
    border-radius: calc(var(--_radius) / 2);
    cursor: pointer;
  }
  .toggle:hover {
    background: var(--_color-surface-alt);
  }
  svg.chart {
    display: block;
    max-width: 100%;
    font-size: 0.875em;
  }
  .chart text {
    fill: var(--_color-text);
    dominant-baseline: central;
  }
  .chart text.focus {
    font-weight: 700;
  }
  .chart .bar {
    fill: var(--_color-bar);
  }
  /* The highlighted entry: its own colour, an outline and bold labels, so not colour alone. */
  .chart .bar.focus {
    fill: var(--_color-highlight);
    stroke: var(--_color-text);
    stroke-width: 2;
  }
  .chart .missing {
    fill: var(--_color-muted);
    font-style: italic;
  }
  .chart .grid {
    fill: none;
    stroke: var(--_color-grid);
  }
  .chart .zero {
    stroke: var(--_color-muted);
    stroke-width: 1.5;
  }
  .chart .tick {
    fill: var(--_color-muted);
  }
  ${dataTableStyles}
  @media (forced-colors: active) {
    .chart text {
      fill: CanvasText;
    }
    .chart .bar {
      fill: GrayText;
    }
    .chart .bar.focus {
      fill: Highlight;
      stroke: CanvasText;
    }
    .chart .grid,
    .chart .zero {
      stroke: CanvasText;
    }
    .toggle {
      color: ButtonText;
      border-color: ButtonText;
    }
  }
  @media print {
    .toggle {
      display: none;
    }
    .chart .bar {
      fill: #bbb;
    }
    .chart .bar.focus {
      fill: #444;
      stroke: #000;
    }
    .chart text {
      fill: #000;
    }
    .chart .grid {
      stroke: #ccc;
    }
  }
`;
