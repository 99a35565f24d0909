/**
 * The dataset's index through the shared loader: one request and one check per URL for the whole
 * page, whichever elements (finders, comparisons' pickers) ask for it.
 */
import type { OccupationIndex } from './index-types.js';
import { loadDocument, peekDocument, type LoadOptions } from './loader.js';
import { validateIndex } from './validate-index.js';

export const loadIndex = (src: string, options?: LoadOptions): Promise<OccupationIndex> =>
  loadDocument(src, validateIndex, options);

/** The index at `src` if this page already loaded it; else undefined. */
export const peekIndex = (src: string): OccupationIndex | undefined =>
  peekDocument(src, validateIndex);
