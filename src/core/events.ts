import type { OccupationProfile } from '../data/types.js';

const init = { bubbles: true, composed: true } as const;

/** Fired when the element has its profile and has rendered it. */
export class OccLoadEvent extends Event {
  static readonly type = 'occ-load';
  constructor(readonly detail: { profile: OccupationProfile; src?: string }) {
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

declare global {
  interface GlobalEventHandlersEventMap {
    'occ-load': OccLoadEvent;
    'occ-error': OccErrorEvent;
    'occ-tab-change': OccTabChangeEvent;
  }
}
