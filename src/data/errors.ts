/** What went wrong while getting a profile; `kind` lets a page react to each cause. */
export type OccErrorKind = 'http' | 'network' | 'timeout' | 'parse' | 'contract';

/** A failure to load or read an occupation profile. The message says what failed and where. */
export class OccDataError extends Error {
  override name = 'OccDataError';
  constructor(
    readonly kind: OccErrorKind,
    message: string,
    readonly details: { url?: string; status?: number; path?: string } = {},
  ) {
    super(message);
  }
}

export const isAbort = (error: unknown) =>
  error instanceof DOMException && error.name === 'AbortError';
