// Reads the custom elements manifest (custom-elements.json): the elements it defines, the
// attributes an author can set on each and the kind of form control each needs, and the global
// theme tokens that the elements' CSS custom properties fall back to. Pure functions over the JSON.

/**
 * Attributes the builder sets through its own controls: the occupation picker (`src`, and `index`
 * for elements that pick from the dataset's index) and the theme.
 */
const OWN_CONTROLS = new Set(['src', 'index', 'theme']);

/** `/src/core/occ-element.js` and `src/core/occ-element.ts` name the same module. */
const moduleKey = (path) =>
  String(path ?? '')
    .replace(/^\.?\//, '')
    .replace(/\.[cm]?[jt]s$/, '');

/** Every class declaration in the manifest, findable by `{ name, module }` (as in `superclass`). */
function declarationIndex(manifest) {
  const byKey = new Map();
  const byName = new Map();
  for (const mod of manifest.modules ?? []) {
    for (const declaration of mod.declarations ?? []) {
      if (declaration.kind !== 'class') continue;
      byKey.set(`${moduleKey(mod.path)}#${declaration.name}`, declaration);
      byName.set(declaration.name, byName.has(declaration.name) ? null : declaration);
    }
  }
  return (reference) =>
    reference &&
    (byKey.get(`${moduleKey(reference.module)}#${reference.name}`) ?? byName.get(reference.name));
}

/**
 * The declaration and its superclasses that the manifest describes, nearest first. The analyzer
 * usually copies inherited attributes into the subclass (`inheritedFrom`); following `superclass`
 * as well covers a base class it listed but did not merge.
 */
function lineage(declaration, find) {
  const chain = [];
  for (let current = declaration; current && !chain.includes(current);) {
    chain.push(current);
    current = find(current.superclass);
  }
  return chain;
}

/** `'annual'` → 'annual', `false` → false, `2` → 2; an identifier (`DEFAULT_TIMEOUT`) → undefined. */
export function parseDefault(text) {
  if (text === undefined || text === null) return undefined;
  const value = String(text).trim();
  const quoted = /^(['"`])(.*)\1$/.exec(value);
  if (quoted) return quoted[2];
  if (value === 'true' || value === 'false') return value === 'true';
  if (/^-?\d+(\.\d+)?$/.test(value)) return Number(value);
  return undefined;
}

/** Values written as `code` in a description that look like attribute values. */
const codeValues = (description) => [
  ...new Set(
    [...String(description ?? '').matchAll(/`([^`]+)`/g)]
      .map((match) => match[1])
      .filter((value) => /^-?[\w-]+$/.test(value)),
  ),
];

/**
 * The form control an attribute needs, from its type in the manifest, or undefined when it has
 * none that makes sense:
 *   'a' | 'b' (string literals)  → { kind: 'enum', values }
 *   boolean → checkbox, number → number input, string → text input (suggesting the `code`
 *   values of its description)
 *   a type alias the manifest does not expand (`Basis`) → 'enum' with the values its description
 *   lists as `code` (`annual` or `hourly`: …), else nothing
 *   no type at all (`timeout`, whose default is a constant) → nothing.
 */
export function controlFor(type, description, defaultText) {
  if (!type) return undefined;
  const parts = type
    .split('|')
    .map((part) => part.trim())
    .filter((part) => part && part !== 'undefined' && part !== 'null');
  const fallback = parseDefault(defaultText);
  if (parts.length > 0 && parts.every((part) => /^(['"])[^'"]*\1$/.test(part))) {
    return { kind: 'enum', values: parts.map((part) => part.slice(1, -1)), default: fallback };
  }
  if (parts.length !== 1) return undefined;
  const [only] = parts;
  if (only === 'boolean') return { kind: 'boolean', default: fallback === true };
  if (only === 'number') return { kind: 'number', default: fallback };
  if (only === 'string')
    return { kind: 'text', suggestions: codeValues(description), default: fallback };
  if (/^[A-Z]\w*$/.test(only)) {
    const values = codeValues(description);
    if (values.length >= 2) return { kind: 'enum', values, default: fallback };
  }
  return undefined;
}

/** Not for authors: private, protected, static, read-only, deprecated, or `_`-prefixed. */
const notForAuthors = (item) =>
  Boolean(
    item &&
    ((item.privacy && item.privacy !== 'public') ||
      item.static ||
      item.readonly ||
      item.deprecated ||
      String(item.name).startsWith('_') ||
      String(item.name).startsWith('#')),
  );

/** The attributes of one declaration (and the superclasses the manifest has) an author can set. */
function optionsOf(declaration, find) {
  const options = [];
  const seen = new Set();
  const chain = lineage(declaration, find);
  const members = chain.flatMap((current) => current.members ?? []);
  for (const attribute of chain.flatMap((current) => current.attributes ?? [])) {
    const { name } = attribute;
    if (seen.has(name)) continue;
    seen.add(name);
    if (!/^[a-z][a-z0-9-]*$/.test(name) || OWN_CONTROLS.has(name)) continue;
    const member = members.find(
      (candidate) =>
        candidate.kind === 'field' &&
        (candidate.attribute === name || candidate.name === attribute.fieldName),
    );
    if (notForAuthors(attribute) || notForAuthors(member)) continue;
    const description = attribute.description ?? member?.description ?? '';
    const control = controlFor(
      attribute.type?.text ?? member?.type?.text,
      description,
      attribute.default ?? member?.default,
    );
    if (control) options.push({ name, description, ...control });
  }
  return options;
}

/**
 * The custom elements in the manifest: `{ tag, name, source, takesIndex, summary, options,
 * cssProperties }`, in manifest order (`source`: what `src` takes, `'index'` or `'profile'`;
 * `takesIndex`: it has an `index` attribute). Only declarations with a valid custom element `tagName`.
 */
export function elementsOf(manifest) {
  const find = declarationIndex(manifest);
  const elements = [];
  for (const mod of manifest.modules ?? []) {
    for (const declaration of mod.declarations ?? []) {
      const tag = declaration.tagName;
      if (!tag || !/^[a-z][a-z0-9._]*-[a-z0-9._-]*$/.test(tag)) continue;
      if (elements.some((element) => element.tag === tag)) continue;
      const description = String(declaration.description ?? '').replace(/\s+/g, ' ');
      const attributes = lineage(declaration, find).flatMap((current) => current.attributes ?? []);
      const src = attributes.find((attribute) => attribute.name === 'src');
      elements.push({
        tag,
        name: declaration.name,
        // What `src` takes, as its description says: the dataset's index, or a profile.
        source: /\bindex\b/i.test(src?.description ?? '') ? 'index' : 'profile',
        takesIndex: attributes.some((attribute) => attribute.name === 'index'),
        summary: declaration.summary ?? description.split(/(?<=\.)\s/)[0] ?? '',
        options: optionsOf(declaration, find),
        cssProperties: lineage(declaration, find).flatMap((current) => current.cssProperties ?? []),
      });
    }
  }
  return elements;
}

/** `var(--name, fallback)` → { name, fallback }; anything else → undefined. */
export function parseVar(text) {
  const match = /^var\(\s*(--[\w-]+)\s*(?:,\s*([\s\S]*?))?\s*\)$/.exec(String(text ?? '').trim());
  return match ? { name: match[1], fallback: match[2] } : undefined;
}

/** The CSS property whose grammar a token's value must satisfy, by the token's name. */
function propertyFor(name) {
  if (/-color(-|$)/.test(name)) return 'color';
  if (name.endsWith('font-family')) return 'font-family';
  if (name.endsWith('font-size')) return 'font-size';
  if (name.endsWith('radius')) return 'border-radius';
  if (name.endsWith('space')) return 'padding';
  return undefined;
}

/**
 * The global theme tokens: every `--occ-*` property that an element's own custom property falls
 * back to (`--occ-pay-chart-color-accent: var(--occ-color-accent, #005ea2)` → `--occ-color-accent`,
 * default `#005ea2`). `{ name, fallback, property, elements }`, the tokens that most elements read
 * first, then in manifest order.
 */
export function globalTokens(elements) {
  const tokens = new Map();
  for (const element of elements) {
    for (const property of element.cssProperties) {
      const reference = parseVar(property.default);
      if (!reference || !reference.name.startsWith('--occ-')) continue;
      const token = tokens.get(reference.name) ?? {
        name: reference.name,
        fallback: reference.fallback,
        property: propertyFor(reference.name),
        elements: new Set(),
        order: tokens.size,
      };
      token.elements.add(element.tag);
      tokens.set(reference.name, token);
    }
  }
  return [...tokens.values()]
    .sort((a, b) => b.elements.size - a.elements.size || a.order - b.order)
    .map(({ name, fallback, property, elements: users }) => ({
      name,
      fallback,
      property,
      elements: [...users],
    }));
}

/** The values the `theme` attribute takes, `auto` first; auto/light/dark if the manifest has none. */
export function themeValues(manifest) {
  for (const mod of manifest.modules ?? []) {
    for (const declaration of mod.declarations ?? []) {
      const theme = declaration.attributes?.find((attribute) => attribute.name === 'theme');
      const control = theme && controlFor(theme.type?.text, theme.description, theme.default);
      if (control?.kind === 'enum') {
        return [...new Set(['auto', ...control.values])];
      }
    }
  }
  return ['auto', 'light', 'dark'];
}
