/**
 * The texts for a language: Spanish for `es…`, English otherwise, with whatever a page has
 * overridden through `setStrings()` (for a language as a whole, `es`, or a locale, `es-MX`).
 */
import { en, type Strings } from './en.js';
import { es } from './es.js';

const languages: Record<string, Strings> = { en, es };
const overrides = new Map<string, Partial<Strings>>();
const resolved = new Map<string, Strings>();

/**
 * Replaces some of the texts the elements write, for `lang` (`"en"`, `"es"`, or a locale such as
 * `"en-GB"`); any language not shipped falls back to English plus these overrides. Elements
 * rendered afterwards use them.
 */
export function setStrings(lang: string, strings: Partial<Strings>): void {
  const key = lang.toLowerCase();
  overrides.set(key, { ...overrides.get(key), ...strings });
  resolved.clear();
}

export function stringsFor(locale: string): Strings {
  const key = locale.toLowerCase();
  let strings = resolved.get(key);
  if (!strings) {
    const language = key.split('-')[0]!;
    strings = {
      ...(languages[language] ?? en),
      ...overrides.get(language),
      ...overrides.get(key),
    };
    resolved.set(key, strings);
  }
  return strings;
}
