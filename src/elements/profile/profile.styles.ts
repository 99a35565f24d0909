import { css } from 'lit';

export const profileStyles = css`
  .header > :first-child {
    margin-block-start: 0;
  }
  .title {
    margin: 0;
    font-size: 1.5em;
    line-height: 1.25;
  }
  .soc {
    margin: 0.25em 0 0;
    color: var(--_color-muted);
    font-size: 0.875em;
  }
  .lede {
    margin: 0.5em 0 0;
    font-size: 1.0625em;
  }
  /*
   * One row, however narrow: the tabs scroll sideways (the selected one kept in view), and shadows
   * at the edges show that more tabs are there; they appear only while the list can scroll that
   * way (the covers scroll with the content, the shadows stay: Lea Verou's scrolling shadows).
   */
  [role='tablist'] {
    display: flex;
    gap: 0.25em;
    margin-block: var(--_space) 0;
    overflow-x: auto;
    overscroll-behavior-x: contain;
    scrollbar-width: thin;
    box-shadow: inset 0 -2px var(--_color-border);
    background:
      linear-gradient(to right, var(--_color-surface) 30%, transparent) left / 2.5em 100% no-repeat
        local,
      linear-gradient(to left, var(--_color-surface) 30%, transparent) right / 2.5em 100% no-repeat
        local,
      radial-gradient(
          farthest-side at 0 50%,
          color-mix(in srgb, var(--_color-text) 35%, transparent),
          transparent
        )
        left / 0.875em 100% no-repeat scroll,
      radial-gradient(
          farthest-side at 100% 50%,
          color-mix(in srgb, var(--_color-text) 35%, transparent),
          transparent
        )
        right / 0.875em 100% no-repeat scroll;
  }
  [role='tab'] {
    flex: none;
    white-space: nowrap;
    font: inherit;
    font-size: 0.9375em;
    padding: 0.5em 0.75em;
    color: var(--_color-text);
    background: transparent;
    border: 0;
    border-block-end: 4px solid transparent;
    border-radius: calc(var(--_radius) / 2) calc(var(--_radius) / 2) 0 0;
    cursor: pointer;
  }
  [role='tab']:hover {
    background: var(--_color-surface-alt);
  }
  /* Selected: bold and underlined by a bar, not colour alone. */
  [role='tab'][aria-selected='true'] {
    font-weight: 700;
    border-block-end-color: var(--_color-accent);
  }
  [role='tabpanel'] {
    padding-block-start: var(--_space);
  }
  /* Compact at narrow widths: smaller tabs, so more of them show in the row. */
  @container (max-width: 40rem) {
    [role='tablist'] {
      gap: 0;
    }
    [role='tab'] {
      font-size: 0.875em;
      padding: 0.625em 0.5em;
    }
  }
  [role='tabpanel'] > :first-child {
    margin-block-start: 0;
  }
  h2,
  h3,
  h4,
  h5,
  h6 {
    line-height: 1.3;
    margin-block: 1.25em 0.5em;
  }
  .panel-title {
    font-size: 1.25em;
  }
  p,
  ul {
    margin-block: 0.5em 0.75em;
  }
  li + li {
    margin-block-start: 0.25em;
  }
  details {
    margin-block: 0 1em;
    color: var(--_color-muted);
    font-size: 0.9375em;
  }
  summary {
    cursor: pointer;
    color: var(--_color-accent);
  }
  /* The composed elements sit in the profile's card: no card of their own. */
  .embedded {
    display: block;
    margin-block: var(--_space);
    padding: 0;
    border: 0;
    background: transparent;
  }
  /* The Pay tab's text already states the 10th and 90th percentiles: each fact said once. */
  occ-pay-chart.with-prose::part(sentence) {
    display: none;
  }
  /* The Work Environment text already says how many jobs there are. */
  occ-employers::part(summary) {
    display: none;
  }
  .footer {
    margin-block-start: calc(var(--_space) * 1.5);
    padding-block-start: var(--_space);
    border-block-start: 1px solid var(--_color-border);
    color: var(--_color-muted);
    font-size: 0.875em;
  }
  .footer p {
    margin-block: 0.25em;
  }
  @media (forced-colors: active) {
    [role='tab'][aria-selected='true'] {
      border-block-end-color: Highlight;
    }
  }
  /* Print: every tab, one after another, expanded. */
  @media print {
    [role='tablist'] {
      display: none;
    }
    [role='tabpanel'][hidden] {
      display: block;
    }
    details > :not(summary) {
      display: block;
    }
    svg.chart {
      height: auto;
    }
  }
`;
