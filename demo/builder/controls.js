// The form controls the manifest calls for: one per element option (select, checkbox, number or
// text input) and one per global theme token (colour input, or a text input checked against the
// CSS property it stands for). Each carries `data-option` / `data-token` for the app to read.
import { describe, h } from './dom.js';
import { parseVar } from './manifest.js';

/** "hide-distribution" → "Hide distribution"; "--occ-color-surface-alt" → "Surface alt". */
export function humanize(name) {
  const words = name
    .replace(/^--occ-/, '')
    .replace(/^color-/, '')
    .split('-')
    .filter(Boolean)
    .join(' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

const idFor = (prefix, name) => `${prefix}-${name.replace(/^-+/, '').replace(/[^\w-]/g, '-')}`;

/** A labelled control for one element option, showing `value` (undefined: the default). */
export function optionField(option, value) {
  const id = idFor('builder-option', option.name);
  const hintId = `${id}-hint`;
  const hint = h(
    'p',
    { id: hintId, className: 'hint' },
    h('code', {}, option.name),
    ' — ',
    describe(option.description),
  );
  const common = { id, 'data-option': option.name, 'aria-describedby': hintId };

  if (option.kind === 'boolean') {
    const input = h('input', { ...common, type: 'checkbox' });
    input.checked = value === true;
    return h(
      'div',
      { className: 'field check' },
      input,
      h('label', { for: id }, humanize(option.name)),
      hint,
    );
  }

  let control;
  if (option.kind === 'enum') {
    const first =
      option.default !== undefined && option.values.includes(option.default)
        ? `${option.default} (default)`
        : 'Not set (default)';
    const values = option.values.filter((candidate) => candidate !== option.default);
    control = h(
      'select',
      common,
      h('option', { value: '' }, first),
      values.map((candidate) => h('option', { value: candidate }, candidate)),
    );
    control.value = values.includes(value) ? value : '';
  } else if (option.kind === 'number') {
    control = h('input', {
      ...common,
      type: 'number',
      inputmode: 'numeric',
      placeholder: option.default === undefined ? undefined : String(option.default),
    });
    control.value = value === undefined ? '' : String(value);
  } else {
    const listId = option.suggestions?.length ? `${id}-suggestions` : undefined;
    control = h('input', {
      ...common,
      type: 'text',
      autocomplete: 'off',
      list: listId,
      placeholder: option.default === undefined ? undefined : String(option.default),
    });
    control.value = value ?? '';
    if (listId) {
      const list = h('datalist', { id: listId });
      list.append(...option.suggestions.map((suggestion) => h('option', { value: suggestion })));
      return h(
        'div',
        { className: 'field' },
        h('label', { for: id }, humanize(option.name)),
        control,
        list,
        hint,
      );
    }
  }
  return h(
    'div',
    { className: 'field' },
    h('label', { for: id }, humanize(option.name)),
    control,
    hint,
  );
}

/**
 * An option control's value for the snippet: undefined when unset or at its default (a default
 * needs no attribute), `true` for a checked box, else the text.
 */
export function readOption(option, control) {
  if (option.kind === 'boolean') return control.checked ? true : undefined;
  const value = control.value.trim();
  if (!value) return undefined;
  if (option.kind === 'number') {
    if (!control.validity.valid || !Number.isFinite(Number(value))) return undefined;
    return Number(value) === option.default ? undefined : value;
  }
  return value === String(option.default) ? undefined : value;
}

/** `#abc` / `#AABBCC` → `#aabbcc`; anything that is not a hex colour → undefined. */
export function hexColor(value) {
  const text = String(value ?? '')
    .trim()
    .toLowerCase();
  if (/^#[0-9a-f]{6}$/.test(text)) return text;
  if (/^#[0-9a-f]{3}$/.test(text)) return `#${[...text.slice(1)].map((c) => c + c).join('')}`;
  return undefined;
}

/**
 * What a token is when the user has not set it: its fallback, with a reference to another token
 * (`var(--occ-color-accent)`) followed to that token's current value.
 */
export function tokenDefault(token, tokens, values, depth = 0) {
  const reference = parseVar(token.fallback);
  if (!reference || depth > 8) return token.fallback ?? '';
  if (values.has(reference.name)) return values.get(reference.name);
  const target = tokens.find((candidate) => candidate.name === reference.name);
  if (target) return tokenDefault(target, tokens, values, depth + 1);
  return reference.fallback ?? '';
}

/** Why a typed token value can't be used, or '' when it can. */
export function tokenError(token, value) {
  // `<` could end the snippet's <style> element; braces and semicolons would end the declaration.
  if (/[<>{};]/.test(value)) return 'Can’t contain < > { } or ;.';
  const property = token.property ?? '--occ-any';
  if (globalThis.CSS?.supports && !CSS.supports(property, value)) {
    return `Not a valid ${property} value.`;
  }
  return '';
}

/** A colour input for a colour token. */
export function colorField(token, value) {
  const id = idFor('builder-token', token.name);
  const nameId = `${id}-name`;
  const input = h('input', {
    id,
    type: 'color',
    'data-token': token.name,
    'aria-describedby': nameId,
  });
  input.value = hexColor(value) ?? '#000000';
  return h(
    'div',
    { className: 'swatch' },
    input,
    h('label', { for: id }, humanize(token.name)),
    h('code', { id: nameId }, token.name),
  );
}

/** A text input for any other token (font family, sizes), with room for its error. */
export function textField(token, placeholder, suggestionsId) {
  const id = idFor('builder-token', token.name);
  const nameId = `${id}-name`;
  const errorId = `${id}-error`;
  const input = h('input', {
    id,
    type: 'text',
    autocomplete: 'off',
    spellcheck: 'false',
    placeholder,
    list: suggestionsId,
    'data-token': token.name,
    'aria-describedby': `${nameId} ${errorId}`,
  });
  return h(
    'div',
    { className: token.property === 'font-family' ? 'field wide' : 'field' },
    h('label', { for: id }, humanize(token.name)),
    input,
    h('code', { id: nameId, className: 'hint' }, token.name),
    h('p', { id: errorId, className: 'field-error' }),
  );
}
