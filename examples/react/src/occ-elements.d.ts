/**
 * The occ-* elements as JSX tags, so TypeScript checks their props and types the event handlers.
 * React 19 needs no wrapper: on a custom element it sets a prop as a property when the element
 * has that property (`data`, `src`, `basis`…) and as an attribute otherwise, and it adds
 * `on<event-name>` props as event listeners for that exact event name (`onocc-load` listens to
 * `occ-load`).
 */
import type { DetailedHTMLProps, HTMLAttributes } from 'react';
import type {
  OccCompare,
  OccCompareChangeEvent,
  OccCompareLoadDetail,
  OccEmployers,
  OccErrorEvent,
  OccFinder,
  OccIndexLoadDetail,
  OccLoadEvent,
  OccOutlook,
  OccPayChart,
  OccProfile,
  OccProfileLoadDetail,
  OccQuickFacts,
  OccSelectEvent,
  OccSimilar,
  OccSortChangeEvent,
  OccTabChangeEvent,
  OccupationProfile,
} from 'occ-elements';

/** What every occ-* element takes; `Detail` is its `occ-load` event's detail. */
type CommonProps<E extends HTMLElement, Detail extends object> = DetailedHTMLProps<
  HTMLAttributes<E>,
  E
> & {
  src?: string;
  timeout?: number;
  theme?: 'light' | 'dark' | 'auto';
  'onocc-load'?: (event: OccLoadEvent<Detail>) => void;
  'onocc-error'?: (event: OccErrorEvent) => void;
};

/** `<occ-finder>`'s properties that preset its search, filters, sort and links. */
type FinderProp =
  | 'query'
  | 'education'
  | 'experience'
  | 'training'
  | 'growth'
  | 'minPay'
  | 'maxPay'
  | 'newJobs'
  | 'sort'
  | 'order'
  | 'limit'
  | 'syncUrl'
  | 'hrefTemplate';

/** A profile element: `src` or the profile itself as `data`. */
type OccProps<E extends HTMLElement> = CommonProps<E, OccProfileLoadDetail> & {
  data?: OccupationProfile;
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
      'occ-employers': OccProps<OccEmployers> &
        ChartProps &
        Partial<Pick<OccEmployers, 'hrefTemplate'>>;
      'occ-similar': OccProps<OccSimilar> &
        Partial<Pick<OccSimilar, 'sort' | 'hrefTemplate'>> & {
          'onocc-sort-change'?: (event: OccSortChangeEvent) => void;
        };
      'occ-profile': OccProps<OccProfile> &
        Partial<Pick<OccProfile, 'tab' | 'syncHash' | 'headingLevel' | 'hrefTemplate'>> & {
          'onocc-tab-change'?: (event: OccTabChangeEvent) => void;
        };
      'occ-finder': CommonProps<OccFinder, OccIndexLoadDetail> &
        Partial<Pick<OccFinder, FinderProp>> & {
          'onocc-select'?: (event: OccSelectEvent) => void;
        };
      'occ-compare': CommonProps<OccCompare, OccCompareLoadDetail> & {
        index?: string;
        highlight?: string;
        'onocc-compare-change'?: (event: OccCompareChangeEvent) => void;
      };
    }
  }
}
