// The live result: the chosen element with the chosen attributes in the preview stage, and the
// chosen tokens as custom properties on the stage (not on the page's :root, so the builder keeps
// its own look). A change of tag or attributes makes a fresh element, exactly as the snippet would.
import { h } from './dom.js';

const shown = new WeakMap();

/** Renders into `stage`; returns the element shown. */
export function renderPreview(stage, { tag, attributes, tokens }) {
  const last = shown.get(stage) ?? { key: '', tokens: [] };
  const key = JSON.stringify([tag, attributes]);
  if (key !== last.key) {
    const element = document.createElement(tag);
    for (const [name, value] of attributes) {
      element.setAttribute(name, value === true ? '' : String(value));
    }
    stage.replaceChildren(element);
    if (!customElements.get(tag)) {
      const note = h(
        'p',
        { className: 'preview-note' },
        h('code', {}, `<${tag}>`),
        ' is in the manifest but not defined on this page yet.',
      );
      stage.prepend(note);
      customElements.whenDefined(tag).then(() => note.remove());
    }
  }
  for (const name of last.tokens) stage.style.removeProperty(name);
  for (const [name, value] of tokens) stage.style.setProperty(name, value);
  shown.set(stage, { key, tokens: tokens.map(([name]) => name) });
  return stage.querySelector(tag);
}
