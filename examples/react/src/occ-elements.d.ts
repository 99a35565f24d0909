/**
 * The occ-* elements as JSX tags, so TypeScript checks their props and types the event handlers.
 * React 19 needs no wrapper: on a custom element it sets a prop as a property when the element
 * has that property (`data`, `src`, `basis`…) and as an attribute otherwise, and it adds
 * `on<event-name>` props as event listeners for that exact event name (`onocc-load` listens to
 * `occ-load`).
 */
import type { DetailedHTMLProps, HTMLAttributes } from 'react';
import type {
  OccErrorEvent,
  OccLoadEvent,
  OccOutlook,
  OccPayChart,
  OccQuickFacts,
  OccupationProfile,
} from 'occ-elements';

/** What every occ-* element takes. */
type OccProps<E extends HTMLElement> = DetailedHTMLProps<HTMLAttributes<E>, E> & {
  src?: string;
  data?: OccupationProfile;
  timeout?: number;
  theme?: 'light' | 'dark' | 'auto';
  'onocc-load'?: (event: OccLoadEvent) => void;
  'onocc-error'?: (event: OccErrorEvent) => void;
};

/** The chart elements' own properties. */
type ChartProps = { view?: 'chart' | 'table' };

declare module 'react' {
  namespace JSX {
    interface IntrinsicElements {
      'occ-quick-facts': OccProps<OccQuickFacts>;
      'occ-pay-chart': OccProps<OccPayChart> &
        ChartProps & {
          basis?: 'annual' | 'hourly';
          hideDistribution?: boolean;
          hideIndustries?: boolean;
        };
      'occ-outlook': OccProps<OccOutlook> & ChartProps;
    }
  }
}
