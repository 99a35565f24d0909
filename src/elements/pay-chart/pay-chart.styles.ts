import { css } from 'lit';

export const payChartStyles = css`
  .strip .range {
    stroke: var(--_color-bar);
    stroke-width: 6;
    stroke-linecap: round;
  }
  .strip .leader {
    fill: none;
    stroke: var(--_color-muted);
    stroke-dasharray: 2 2;
  }
  .strip .marker {
    fill: var(--_color-surface);
    stroke: var(--_color-text);
    stroke-width: 2;
  }
  .strip .marker.median {
    fill: var(--_color-highlight);
  }
  .strip .name {
    fill: var(--_color-muted);
  }
  .strip .value {
    font-weight: 700;
  }
  .sentence {
    margin: 0.5em 0 0;
  }
  @media (forced-colors: active) {
    .strip .range,
    .strip .leader {
      stroke: CanvasText;
    }
    .strip .marker {
      fill: Canvas;
      stroke: CanvasText;
    }
    .strip .marker.median {
      fill: Highlight;
    }
  }
`;
