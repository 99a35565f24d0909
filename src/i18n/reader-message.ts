/**
 * What an element in its error state tells the reader: a plain sentence in the element's
 * language. The precise fault (the validator's path and value, the parser's words) is for
 * developers: it stays in `occ-error`'s `detail.error` and goes to the console, once per failure.
 */
import { OccDataError } from '../data/errors.js';
import type { CoreStrings } from './en.js';

export function readerMessage(error: unknown, say: CoreStrings['errors']): string {
  if (!(error instanceof OccDataError))
    return error instanceof Error ? error.message : String(error);
  const { url = '', status = 0, statusText, seconds = 0, body } = error.details;
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
          : say.unreadable(url);
    default:
      return say.invalid;
  }
}

const reported = new WeakSet<object>();

/** Puts a failure's precise detail in the console, once however many elements show it. */
export function reportOnce(error: unknown, src: string | undefined): void {
  if (typeof error !== 'object' || error === null || reported.has(error)) return;
  reported.add(error);
  console.warn(
    `occ-elements: ${src ? `${src}: ` : ''}${String((error as Error).message ?? error)}`,
    error,
  );
}
