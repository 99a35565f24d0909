/**
 * The texts for a language: Spanish for `es…`, English otherwise, with whatever a page has
 * overridden through `setStrings()` (for a language as a whole, `es`, or a locale, `es-MX`).
 * English is built in; other languages are separate modules, loaded the first time an element
 * needs one (an English page does not download them).
 */
import type { Strings } from './en.js';

/** Languages with their own texts, once loaded (English is each element's own `english`). */
const languages: Record<string, Strings> = {};
const loaders: Record<string, () => Promise<Strings>> = {
  es: () => import('./es.js').then((module) => module.es),
};
const loading = new Map<string, Promise<void>>();
const overrides = new Map<string, Partial<Strings>>();
/** Texts worked out, per element's English texts and locale. */
let resolved = new WeakMap<object, Map<string, object>>();

/** `es` for `es-MX`: the language a locale's texts come from. */
const languageOf = (locale: string) => locale.toLowerCase().split('-')[0]!;

/**
 * Replaces some of the texts the elements write, for `lang` (`"en"`, `"es"`, or a locale such as
 * `"en-GB"`); any language not shipped falls back to English plus these overrides. Elements
 * rendered afterwards use them.
 */
export function setStrings(lang: string, strings: Partial<Strings>): void {
  const key = lang.toLowerCase();
  overrides.set(key, { ...overrides.get(key), ...strings });
  resolved = new WeakMap();
}

/**
 * Loads the texts of `locale`'s language if it has its own and they are not loaded yet; the
 * promise settles when they are (or failed to load: English is used then). Undefined otherwise.
 */
export function loadStrings(locale: string): Promise<void> | undefined {
  const language = languageOf(locale);
  const load = loaders[language];
  if (!load || languages[language]) return undefined;
  let pending = loading.get(language);
  if (!pending) {
    pending = load().then(
      (strings) => {
        languages[language] = strings;
        resolved = new WeakMap();
      },
      (error: unknown) => console.warn(`occ-elements: the ${language} texts did not load`, error),
    );
    loading.set(language, pending);
  }
  return pending;
}

/**
 * The texts for `locale`: `english` (the texts an element writes) in the locale's language if it
 * has its own, with the page's overrides.
 */
export function stringsFor<S extends object>(locale: string, english: S): S {
  const key = locale.toLowerCase();
  let byLocale = resolved.get(english);
  if (!byLocale) resolved.set(english, (byLocale = new Map()));
  let strings = byLocale.get(key) as S | undefined;
  if (!strings) {
    const language = languageOf(key);
    strings = {
      ...english,
      ...languages[language],
      ...overrides.get(language),
      ...overrides.get(key),
    };
    byLocale.set(key, strings);
  }
  return strings;
}
