import { css } from 'lit';

/** Base look, states (notice, placeholder, error) and accessibility rules shared by all elements. */
export const baseStyles = css`
  :host {
    display: block;
    box-sizing: border-box;
    container-type: inline-size;
    color: var(--_color-text);
    background: var(--_color-surface);
    border: 1px solid var(--_color-border);
    border-radius: var(--_radius);
    padding: var(--_space);
    font-family: var(--_font-family);
    font-size: var(--_font-size);
    line-height: 1.5;
    overflow-wrap: break-word;
  }
  :host([hidden]) {
    display: none;
  }
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
  :focus-visible {
    outline: 3px solid var(--_color-focus);
    outline-offset: 2px;
  }
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
    border: 0;
  }
  .source {
    margin: 0.75em 0 0;
    font-size: 0.8125em;
    color: var(--_color-muted);
  }
  .notice,
  .empty {
    margin: 0;
    color: var(--_color-muted);
  }
  /* Links to other profiles and to BLS's pages. */
  a {
    color: var(--_color-accent);
    text-underline-offset: 0.15em;
  }
  .error {
    border-inline-start: 4px solid var(--_color-error);
    padding-inline-start: 0.75em;
  }
  .error p {
    margin: 0;
  }
  .error-title {
    font-weight: 700;
    color: var(--_color-error);
  }
  .error-url {
    color: var(--_color-muted);
    font-size: 0.875em;
  }
  .placeholder {
    position: relative;
  }
  .stand-in {
    visibility: hidden;
  }
  /* The skeleton: rows of blank bars over the invisible stand-in layout. */
  .placeholder::after {
    content: '';
    position: absolute;
    inset: 0;
    border-radius: calc(var(--_radius) / 2);
    background: repeating-linear-gradient(
      to bottom,
      var(--_color-surface-alt) 0 1.25em,
      transparent 1.25em 2.25em
    );
    animation: occ-pulse 1.5s ease-in-out infinite;
  }
  @keyframes occ-pulse {
    50% {
      opacity: 0.55;
    }
  }
  @media (prefers-reduced-motion: reduce) {
    *,
    *::before,
    *::after {
      animation: none !important;
      transition: none !important;
    }
  }
  @media (forced-colors: active) {
    :host {
      border-color: CanvasText;
    }
    a {
      color: LinkText;
    }
    .placeholder::after {
      background: repeating-linear-gradient(
        to bottom,
        GrayText 0 1.25em,
        transparent 1.25em 2.25em
      );
    }
    .error {
      border-inline-start-color: CanvasText;
    }
  }
`;
