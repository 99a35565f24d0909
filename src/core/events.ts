import type { IndexEntry, OccupationIndex } from '../data/index-types.js';
import type { OccupationProfile } from '../data/types.js';
import type { SimilarSort } from '../elements/similar/similar.sort.js';

const init = { bubbles: true, composed: true } as const;

/** `occ-load`'s detail from a profile element. */
export interface OccProfileLoadDetail {
  profile: OccupationProfile;
  src?: string;
}
/** `occ-load`'s detail from `<occ-finder>`: the index it shows. */
export interface OccIndexLoadDetail {
  index: OccupationIndex;
  src?: string;
}
/** `occ-load`'s detail from `<occ-compare>`: the profiles it shows, in its order. */
export interface OccCompareLoadDetail {
  profiles: OccupationProfile[];
  src: string[];
}

/**
 * Fired when the element has its data and has rendered it. A profile element's detail is
 * `{ profile, src }`; `<occ-finder>`'s is {@link OccIndexLoadDetail}, `<occ-compare>`'s
 * {@link OccCompareLoadDetail} (listen with `(event: OccLoadEvent<OccIndexLoadDetail>) => …`).
 */
export class OccLoadEvent<Detail extends object = OccProfileLoadDetail> extends Event {
  static readonly type = 'occ-load';
  constructor(readonly detail: Detail) {
    super(OccLoadEvent.type, init);
  }
}

/** Fired when the profile cannot be loaded or breaks the data contract. */
export class OccErrorEvent extends Event {
  static readonly type = 'occ-error';
  constructor(readonly detail: { error: Error; src?: string }) {
    super(OccErrorEvent.type, init);
  }
}

/** Fired when the reader selects another tab of `<occ-profile>`. */
export class OccTabChangeEvent extends Event {
  static readonly type = 'occ-tab-change';
  constructor(readonly detail: { tab: string }) {
    super(OccTabChangeEvent.type, init);
  }
}

/**
 * Fired by `<occ-finder>` when the reader follows an occupation's link. Cancel it
 * (`preventDefault()`) to route in the app instead of following the link.
 */
export class OccSelectEvent extends Event {
  static readonly type = 'occ-select';
  constructor(readonly detail: { entry: IndexEntry; href?: string }) {
    super(OccSelectEvent.type, { ...init, cancelable: true });
  }
}

/** Fired when the reader adds, removes or picks occupations in `<occ-compare>`. */
export class OccCompareChangeEvent extends Event {
  static readonly type = 'occ-compare-change';
  constructor(readonly detail: { src: string[] }) {
    super(OccCompareChangeEvent.type, init);
  }
}

/** Fired when the reader sorts `<occ-similar>`'s table by another column or direction. */
export class OccSortChangeEvent extends Event {
  static readonly type = 'occ-sort-change';
  constructor(readonly detail: { sort: SimilarSort }) {
    super(OccSortChangeEvent.type, init);
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'occ-load': OccLoadEvent;
    'occ-error': OccErrorEvent;
    'occ-tab-change': OccTabChangeEvent;
    'occ-select': OccSelectEvent;
    'occ-compare-change': OccCompareChangeEvent;
    'occ-sort-change': OccSortChangeEvent;
  }
}
