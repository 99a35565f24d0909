/** A sortable column header's label and indicator (`<occ-similar>`, `<occ-finder>`). */
import { html, svg } from 'lit';

/** The sort indicator: a shape per state (two chevrons, an up arrow, a down arrow), not a colour. */
const indicators = {
  none: svg`<path d="M4.5 6.5 8 3l3.5 3.5M4.5 9.5 8 13l3.5-3.5" />`,
  ascending: svg`<path d="M8 13.5V3M3.5 7 8 2.5 12.5 7" />`,
  descending: svg`<path d="M8 2.5V13M3.5 9 8 13.5 12.5 9" />`,
};

/** A header's label and its sort indicator, the indicator kept on the line of the last word. */
export function labelWithIndicator(label: string, state: keyof typeof indicators) {
  const at = label.lastIndexOf(' ') + 1;
  return html`${label.slice(0, at)}<span class="nowrap"
      >${label.slice(at)}<svg class="indicator ${state}" viewBox="0 0 16 16" aria-hidden="true">
        ${indicators[state]}
      </svg></span
    >`;
}
