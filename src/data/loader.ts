/**
 * The one way every element gets a profile (or another document: the index). However many
 * elements point at a URL, the page makes one request and one validation for it; an element that
 * stops waiting (its `src` changed, or it left the page) lets go, and the request is aborted once
 * nobody waits for it.
 */
import { OccDataError, isAbort } from './errors.js';
import type { OccupationProfile } from './types.js';
import { validateProfile } from './validate.js';
import { enCore } from '../i18n/en.js';

/** Errors carry English messages for developers; elements show them in the page's language. */
const messages = enCore.errors;

export const DEFAULT_TIMEOUT = 15_000;

export interface LoadOptions {
  /** Stops this caller's wait; the shared request is aborted when no caller is left. */
  signal?: AbortSignal;
  /** Milliseconds before the request counts as failed. */
  timeout?: number;
  /** Fetch again even if a result for this URL is already known. */
  reload?: boolean;
}

/** Checks a parsed document and returns it typed, or throws an `OccDataError` of kind `contract`. */
export type Validate<T> = (document: unknown, url: string) => T;

interface Entry<T = unknown> {
  promise: Promise<T>;
  controller: AbortController;
  waiting: number;
  settled: boolean;
  /** The document, once loaded: read synchronously by elements that find it already there. */
  value?: T;
}

/** Per validator (one per kind of document), the documents by URL. */
const caches = new Map<Validate<unknown>, Map<string, Entry>>();
const cacheFor = (validate: Validate<unknown>) => {
  let cache = caches.get(validate);
  if (!cache) caches.set(validate, (cache = new Map()));
  return cache;
};
const validated = new WeakMap<object, OccupationProfile | OccDataError>();

/** Resolves `src` against the page, as `<img src>` does. */
export const resolveUrl = (src: string) => new URL(src, document.baseURI).href;

async function request<T>(
  url: string,
  controller: AbortController,
  timeout: number,
  validate: Validate<T>,
) {
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, timeout);
  let response: Response;
  let body: string;
  try {
    response = await fetch(url, {
      signal: controller.signal,
      headers: { accept: 'application/json' },
    });
    body = await response.text();
  } catch (error) {
    if (timedOut) {
      const seconds = timeout / 1000;
      throw new OccDataError('timeout', messages.timeout(url, seconds), { url, seconds });
    }
    if (isAbort(error)) throw error;
    throw new OccDataError('network', messages.network(url), { url });
  } finally {
    clearTimeout(timer);
  }
  if (!response.ok) {
    const { status, statusText } = response;
    throw new OccDataError('http', messages.http(url, status, statusText), {
      url,
      status,
      statusText,
    });
  }
  return parse(body, url, validate);
}

function parse<T>(body: string, url: string, validate: Validate<T>): T {
  const text = body.trim();
  if (!text) throw new OccDataError('parse', messages.empty(url), { url, body: 'empty' });
  if (text.startsWith('<')) {
    throw new OccDataError('parse', messages.html(url), { url, body: 'html' });
  }
  let document: unknown;
  try {
    document = JSON.parse(text);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new OccDataError('parse', messages.json(url, reason), { url, body: 'json', reason });
  }
  return validate(document, url);
}

function start<T>(
  url: string,
  timeout: number,
  validate: Validate<T>,
  entries: Map<string, Entry>,
) {
  const controller = new AbortController();
  const entry: Entry<T> = { controller, waiting: 0, settled: false, promise: undefined! };
  entry.promise = request(url, controller, timeout, validate).then(
    (document) => {
      entry.settled = true;
      entry.value = document;
      return document;
    },
    (error: unknown) => {
      entry.settled = true;
      // A failure is not remembered, so the next attempt (a retry) asks the server again.
      if (entries.get(url) === entry) entries.delete(url);
      throw error;
    },
  );
  // Callers handle the rejection; this keeps an abandoned request from reporting it as unhandled.
  entry.promise.catch(() => {});
  return entry;
}

/** The document at `src` if this page already loaded it (with `validate`), without waiting; else undefined. */
export function peekDocument<T>(src: string, validate: Validate<T>): T | undefined {
  const url = tryResolve(src);
  return url === undefined ? undefined : (cacheFor(validate).get(url)?.value as T | undefined);
}

/** The profile at `src` if this page already loaded it, without waiting; else undefined. */
export const peekProfile = (src: string): OccupationProfile | undefined =>
  peekDocument(src, validateProfile);

/** `src` resolved against the page, or undefined when it is not a URL (`http://[bad`). */
function tryResolve(src: string): string | undefined {
  try {
    return resolveUrl(src);
  } catch {
    return undefined;
  }
}

/** Loads, parses and validates the profile at `src` (relative URLs resolve against the page). */
export const loadProfile = (src: string, options?: LoadOptions): Promise<OccupationProfile> =>
  loadDocument(src, validateProfile, options);

/**
 * Loads, parses and checks the document at `src` with `validate` (relative URLs resolve against
 * the page): one request and one validation per URL and validator, shared by every caller.
 */
export function loadDocument<T>(
  src: string,
  validate: Validate<T>,
  options: LoadOptions = {},
): Promise<T> {
  const { signal, timeout = DEFAULT_TIMEOUT, reload = false } = options;
  const entries = cacheFor(validate);
  const url = tryResolve(src);
  if (url === undefined) {
    return Promise.reject(
      new OccDataError('network', messages.invalidUrl(src), { url: src, invalidUrl: true }),
    );
  }
  let entry = entries.get(url) as Entry<T> | undefined;
  if (!entry || (reload && entry.settled)) {
    entry = start(url, timeout, validate, entries);
    entries.set(url, entry);
  }
  if (entry.settled || !signal) return entry.promise;
  if (signal.aborted) return Promise.reject(signal.reason);

  const shared = entry;
  shared.waiting += 1;
  return new Promise((resolve, reject) => {
    let released = false;
    const release = () => {
      if (released) return;
      released = true;
      shared.waiting -= 1;
      signal.removeEventListener('abort', onAbort);
    };
    const onAbort = () => {
      release();
      if (shared.waiting === 0 && !shared.settled) {
        shared.controller.abort();
        if (entries.get(url) === shared) entries.delete(url);
      }
      reject(signal.reason);
    };
    signal.addEventListener('abort', onAbort);
    shared.promise.then(
      (document) => {
        release();
        resolve(document);
      },
      (error: unknown) => {
        release();
        reject(error);
      },
    );
  });
}

/** Validates a profile given as an object (the `data` property), once per object. */
export function checkProfile(data: unknown): OccupationProfile {
  const cacheable = typeof data === 'object' && data !== null;
  let verdict = cacheable ? validated.get(data) : undefined;
  if (!verdict) {
    try {
      verdict = validateProfile(data);
    } catch (error) {
      // A getter that throws or a revoked Proxy is a broken document too, with a kind like any other.
      verdict =
        error instanceof OccDataError
          ? error
          : new OccDataError(
              'contract',
              `(document): ${error instanceof Error ? error.message : String(error)}`,
            );
    }
    if (cacheable) validated.set(data, verdict);
  }
  if (verdict instanceof OccDataError) throw verdict;
  return verdict;
}
