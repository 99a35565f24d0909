// Making DOM nodes. Data is text: children that are strings become text nodes, never markup.

/**
 * `h('label', { for: 'x', className: 'row' }, 'Text', child)`: an element with attributes
 * (`className` and `hidden` as properties, everything else through setAttribute) and children.
 */
export function h(tag, attributes = {}, ...children) {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === undefined || value === null || value === false) continue;
    if (name === 'className') element.className = value;
    else if (name === 'hidden') element.hidden = true;
    else element.setAttribute(name, value === true ? '' : String(value));
  }
  element.append(...children.flat().filter((child) => child !== undefined && child !== null));
  return element;
}

/** A manifest description as text, with its `code spans` as <code> elements. */
export function describe(text) {
  return String(text ?? '')
    .replace(/\s+/g, ' ')
    .trim()
    .split(/`([^`]*)`/)
    .map((part, i) => (i % 2 === 1 ? h('code', {}, part) : part))
    .filter((part) => part !== '');
}
