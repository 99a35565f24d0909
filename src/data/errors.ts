/** What went wrong while getting a profile; `kind` lets a page react to each cause. */
export type OccErrorKind = 'http' | 'network' | 'timeout' | 'parse' | 'contract';

export interface ErrorDetails {
  url?: string;
  /** The `src` could not be read as a URL at all. */
  invalidUrl?: boolean;
  /** HTTP status and its text. */
  status?: number;
  statusText?: string;
  /** Seconds waited, for a timeout. */
  seconds?: number;
  /** What was wrong with the body, for a parse error. */
  body?: 'empty' | 'html' | 'json';
  /** The parser's or validator's own words. */
  reason?: string;
  /** Where in the document a contract fault is, e.g. `quickFacts.medianPay.annual`. */
  path?: string;
}

/** A failure to load or read an occupation profile. The message says what failed and where. */
export class OccDataError extends Error {
  override name = 'OccDataError';
  constructor(
    readonly kind: OccErrorKind,
    message: string,
    readonly details: ErrorDetails = {},
  ) {
    super(message);
  }
}

export const isAbort = (error: unknown) =>
  error instanceof DOMException && error.name === 'AbortError';
