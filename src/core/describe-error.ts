/**
 * A loading failure in the reader's language (the error's own `message` stays in English for
 * developers). `OccElement` words its errors the same way; it can call this once `core` lands.
 */
import { OccDataError } from '../data/errors.js';
import type { CoreStrings } from '../i18n/en.js';

export function describeError(error: unknown, say: CoreStrings['errors']): string {
  if (!(error instanceof OccDataError))
    return error instanceof Error ? error.message : String(error);
  const { url = '', status = 0, statusText, seconds = 0, body, reason = '' } = error.details;
  switch (error.kind) {
    case 'http':
      return say.http(url, status, statusText);
    case 'network':
      return error.details.invalidUrl ? say.invalidUrl(url) : say.network(url);
    case 'timeout':
      return say.timeout(url, seconds);
    case 'parse':
      return body === 'empty'
        ? say.empty(url)
        : body === 'html'
          ? say.html(url)
          : say.json(url, reason);
    default:
      return say.contract(reason || error.message);
  }
}
