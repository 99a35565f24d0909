import type { OccupationProfile } from '../src/data/types.js';

/** Which profiles each element has something to draw for (see draws.js). */
export declare const DRAWS: Record<string, (profile: OccupationProfile) => boolean>;
