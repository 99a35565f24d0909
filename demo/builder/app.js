// The embed builder: wires the occupation picker, the element and its options (read from the
// custom elements manifest at run time), the theme, the live preview and the snippet together.
// startBuilder(root) works on the markup of <main id="builder"> in demo/builder.html.
import { h } from './dom.js';
import { elementsOf, globalTokens, themeValues } from './manifest.js';
import { fillOccupations, findOccupation, occupationLabel } from './occupations.js';
import {
  colorField,
  hexColor,
  optionField,
  readOption,
  textField,
  tokenDefault,
  tokenError,
} from './controls.js';
import { renderPreview } from './preview.js';
import { buildSnippet, cdnBase } from './snippet.js';
import { copySnippet } from './copy.js';
import { pinWhileItFits } from './pin.js';

/** Shown first: the hand-made reference profile, which has every section. */
const FIRST_SOC = '29-2072';
/** The element shown first: the smallest, the one most pages start with. */
const FIRST_TAG = 'occ-quick-facts';

/** Suggestions for the font family token (any valid font-family value is accepted). */
const FONT_STACKS = [
  'system-ui, sans-serif',
  'Georgia, serif',
  "'Source Sans 3', 'Segoe UI', sans-serif",
  'ui-monospace, monospace',
  'inherit',
];

async function fetchJson(url) {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`HTTP ${response.status} for ${url}`);
  return response.json();
}

/**
 * Starts the builder inside `root`. `base` is the repository root as served (by default, found
 * from this module's URL): custom-elements.json, package.json and data/ are read from it.
 * Resolves once the first preview and snippet are shown, to `{ preview() }` (the shown element).
 */
export async function startBuilder(root, { base = new URL('../../', import.meta.url) } = {}) {
  const $ = (id) => root.querySelector(`#${id}`);
  const form = $('builder-form');
  const occupationInput = $('builder-occupation');
  const occupationStatus = $('builder-occupation-status');
  const elementSelect = $('builder-element');
  const elementSummary = $('builder-element-summary');
  const optionsBox = $('builder-options');
  const optionsLegend = $('builder-options-legend');
  const themeSelect = $('builder-theme');
  const colorsBox = $('builder-colors');
  const typeBox = $('builder-type');
  const stage = $('builder-preview');
  const snippetField = $('builder-snippet');
  const copyButton = $('builder-copy');
  const copyStatus = $('builder-copy-status');
  const problem = $('builder-error');

  let manifest, index, pkg;
  try {
    [manifest, index, pkg] = await Promise.all(
      ['custom-elements.json', 'data/index.json', 'package.json'].map((path) =>
        fetchJson(new URL(path, base)),
      ),
    );
  } catch (error) {
    problem.textContent = `The builder could not load its data: ${error.message}`;
    problem.hidden = false;
    throw error;
  }

  const elements = elementsOf(manifest);
  if (elements.length === 0) {
    problem.textContent = 'custom-elements.json lists no custom elements.';
    problem.hidden = false;
    throw new Error(problem.textContent);
  }
  const tokens = globalTokens(elements);
  const { occupations, soc2010 } = index;
  const packageName = /^[a-z0-9][\w.-]*$/.test(pkg.name ?? '') ? pkg.name : 'occ-elements';
  const cdn = cdnBase(packageName, encodeURIComponent(pkg.version));
  // The dataset ships beside the elements, as its own package (data/package.json).
  const dataCdn = cdnBase(`${packageName}-data`, encodeURIComponent(pkg.version));
  const folderInput = $('builder-folder');
  const snippetHint = $('builder-snippet-hint');

  const state = {
    occupation: occupations.find((entry) => entry.slug === FIRST_SOC) ?? occupations[0],
    tag: (elements.find((element) => element.tag === FIRST_TAG) ?? elements[0])?.tag,
    /** tag → Map(attribute → value): each element keeps its options while another is shown. */
    options: new Map(elements.map((element) => [element.tag, new Map()])),
    theme: 'auto',
    /** 'site': a copy of dist/ and data/ at `folder` on the user's site; 'cdn': unpkg. */
    files: 'site',
    /** token → value, for the tokens the user changed (and only valid values). */
    tokens: new Map(),
  };
  const current = () => elements.find((element) => element.tag === state.tag);

  const pin = pinWhileItFits($('builder-output'));

  // Occupation picker.
  fillOccupations($('builder-occupations'), occupations);
  occupationInput.value = occupationLabel(state.occupation);
  function pickOccupation(query) {
    const entry = findOccupation(occupations, query, soc2010);
    if (!entry) {
      occupationStatus.textContent = `No occupation matches “${query.trim()}”.`;
      return;
    }
    state.occupation = entry;
    occupationInput.value = occupationLabel(entry);
    occupationStatus.textContent = `Showing ${occupationLabel(entry)}.`;
    update();
  }
  occupationInput.addEventListener('change', () => pickOccupation(occupationInput.value));
  occupationInput.addEventListener('input', () => {
    // Choosing a suggestion from the list: its full label, no need to wait for `change`.
    const text = occupationInput.value.trim().toLowerCase();
    if (occupations.some((entry) => occupationLabel(entry).toLowerCase() === text)) {
      pickOccupation(occupationInput.value);
    }
  });
  occupationInput.addEventListener('keydown', (event) => {
    if (event.key !== 'Enter') return;
    event.preventDefault();
    pickOccupation(occupationInput.value);
  });
  // Nothing here is sent anywhere: Enter in any field must not reload the page.
  form.addEventListener('submit', (event) => event.preventDefault());

  // Element and its options.
  elementSelect.replaceChildren(
    ...elements.map((element) => h('option', { value: element.tag }, `<${element.tag}>`)),
  );
  elementSelect.value = state.tag;
  function showOptions() {
    const element = current();
    elementSummary.textContent = element.summary;
    optionsLegend.replaceChildren(h('code', {}, `<${element.tag}>`), ' options');
    const values = state.options.get(element.tag);
    optionsBox.replaceChildren(
      ...(element.options.length
        ? element.options.map((option) => optionField(option, values.get(option.name)))
        : [h('p', { className: 'hint' }, 'Nothing to set besides the occupation and the theme.')]),
    );
  }
  elementSelect.addEventListener('change', () => {
    state.tag = elementSelect.value;
    showOptions();
    update();
  });
  optionsBox.addEventListener('input', (event) => readOptionFrom(event.target));
  optionsBox.addEventListener('change', (event) => readOptionFrom(event.target));
  function readOptionFrom(control) {
    const option = current().options.find((candidate) => candidate.name === control.dataset.option);
    if (!option) return;
    const values = state.options.get(state.tag);
    const value = readOption(option, control);
    if (value === undefined) values.delete(option.name);
    else values.set(option.name, value);
    update();
  }

  // Theme: the attribute, colour tokens and the other tokens.
  themeSelect.replaceChildren(
    ...themeValues(manifest).map((value) =>
      h(
        'option',
        { value },
        value === 'auto'
          ? 'Auto (the reader’s system setting)'
          : value[0].toUpperCase() + value.slice(1),
      ),
    ),
  );
  themeSelect.value = state.theme;
  themeSelect.addEventListener('change', () => {
    state.theme = themeSelect.value;
    update();
  });
  const colorTokens = tokens.filter((token) => token.property === 'color');
  const otherTokens = tokens.filter((token) => token.property !== 'color');
  const currentDefault = (token) => tokenDefault(token, tokens, state.tokens);
  colorsBox.replaceChildren(
    ...colorTokens.map((token) => colorField(token, currentDefault(token))),
  );
  const fontsId = 'builder-font-stacks';
  typeBox.replaceChildren(
    ...otherTokens.map((token) =>
      textField(
        token,
        currentDefault(token),
        token.property === 'font-family' ? fontsId : undefined,
      ),
    ),
    h(
      'datalist',
      { id: fontsId },
      FONT_STACKS.map((value) => h('option', { value })),
    ),
  );
  /** Unchanged colour inputs show their default, which may follow another token (highlight → accent). */
  function syncColorDefaults() {
    for (const token of colorTokens) {
      if (state.tokens.has(token.name)) continue;
      const input = colorsBox.querySelector(`[data-token="${token.name}"]`);
      input.value = hexColor(currentDefault(token)) ?? input.value;
    }
  }
  function readToken(input) {
    const token = tokens.find((candidate) => candidate.name === input.dataset.token);
    if (!token) return;
    const value = input.value.trim();
    const fallback = currentDefault(token);
    if (token.property === 'color') {
      if (value.toLowerCase() === hexColor(fallback)) state.tokens.delete(token.name);
      else state.tokens.set(token.name, value.toLowerCase());
    } else {
      const error = value ? tokenError(token, value) : '';
      const message = input.parentElement.querySelector('.field-error');
      message.textContent = error;
      input.toggleAttribute('aria-invalid', Boolean(error));
      if (!value || error || value === fallback) state.tokens.delete(token.name);
      else state.tokens.set(token.name, value);
    }
    syncColorDefaults();
    update();
  }
  for (const box of [colorsBox, typeBox]) {
    box.addEventListener('input', (event) => readToken(event.target));
  }
  $('builder-reset').addEventListener('click', () => {
    state.tokens.clear();
    for (const input of typeBox.querySelectorAll('input')) {
      input.value = '';
      input.removeAttribute('aria-invalid');
    }
    for (const message of typeBox.querySelectorAll('.field-error')) message.textContent = '';
    syncColorDefaults();
    update();
  });

  // Where the snippet loads the files from: a copy on the user's site (which works today), or
  // the CDN (which works once the package is published).
  for (const radio of root.querySelectorAll('input[name="files"]')) {
    radio.addEventListener('change', () => {
      state.files = radio.value;
      folderInput.disabled = state.files !== 'site';
      update();
    });
  }
  folderInput.addEventListener('input', () => update());
  /** The base URL of the files in the snippet, without a trailing slash. */
  function filesBase() {
    if (state.files === 'cdn') return cdn;
    return folderInput.value.trim().replace(/\/+$/, '') || '';
  }

  // Preview and snippet.
  function attributes(src, indexUrl) {
    const values = state.options.get(state.tag);
    const element = current();
    const list = [['src', element.source === 'index' ? indexUrl : src]];
    if (element.takesIndex) list.push(['index', indexUrl]);
    for (const option of current().options) {
      if (values.has(option.name)) list.push([option.name, values.get(option.name)]);
    }
    if (state.theme !== 'auto') list.push(['theme', state.theme]);
    return list;
  }
  function chosenTokens() {
    return tokens
      .filter((token) => state.tokens.has(token.name))
      .map((token) => [token.name, state.tokens.get(token.name)]);
  }
  function update() {
    const file = encodeURIComponent(state.occupation.file);
    renderPreview(stage, {
      tag: state.tag,
      attributes: attributes(
        new URL(`data/${file}`, base).href,
        new URL('data/index.json', base).href,
      ),
      tokens: chosenTokens(),
    });
    const files = filesBase();
    // A copy on the site has data/ beside dist/; on the CDN the data is its own package.
    const dataBase = state.files === 'cdn' ? dataCdn : `${files}/data`;
    const text = buildSnippet({
      base: files,
      tag: state.tag,
      attributes: attributes(`${dataBase}/${file}`, `${dataBase}/index.json`),
      tokens: chosenTokens(),
    });
    snippetHint.textContent =
      state.files === 'cdn'
        ? 'Paste it into any HTML page once occ-elements is published on npm: the script and the profile then load from the unpkg CDN. Until then, use a copy on your site.'
        : `Paste it into any page of your site that serves the package's dist/ and data/ folders at ${files || 'its root'}/.`;
    pin();
    if (snippetField.value !== text) {
      snippetField.value = text;
      snippetField.rows = text.split('\n').length;
      copyStatus.textContent = '';
      delete copyStatus.dataset.result;
    }
  }
  copyButton.addEventListener('click', () => copySnippet(snippetField, copyStatus));

  showOptions();
  update();
  // The controls are complete: show them (builder.css keeps them hidden while they are empty).
  form.classList.add('ready');
  return { preview: () => stage.querySelector(state.tag) };
}
