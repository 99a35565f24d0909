import { css } from 'lit';

export const outlookStyles = css`
  .summary {
    margin: 0.75em 0 0;
  }
  .summary strong {
    font-weight: 700;
  }
  .transposed thead th {
    overflow-wrap: anywhere;
  }
  .transposed thead td {
    border-block-end-width: 2px;
  }
  th[scope='colgroup'] {
    text-align: center;
    border-block-end-width: 1px;
  }
  .links {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em 1em;
    margin: 0.5em 0 0;
  }
  a {
    color: var(--_color-accent);
    text-underline-offset: 0.15em;
  }
  @media (forced-colors: active) {
    a {
      color: LinkText;
    }
  }
`;
