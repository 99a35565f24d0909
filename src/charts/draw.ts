/**
 * The drawing inside a chart's SVG, built with DOM calls (the way d3-selection draws) rather
 * than one Lit template per line, bar and label: a chart has about thirty such nodes, and as
 * nested templates they cost ~0.9 ms per chart (100 charts: 200 → 107 ms, measured by
 * `npm run bench`), most of a chart's render time. Text is always a Text node and attribute
 * names come from this code, so data can never become markup.
 */
import { noChange, nothing } from 'lit';
import { Directive, directive, PartType, type ElementPart, type PartInfo } from 'lit/directive.js';

/** `[tag, attributes, ...children]`; a string child is text. Undefined attributes are left out. */
export type Shape = readonly [tag: string, attributes: Attributes, ...children: Child[]];
type Attributes = Readonly<Record<string, string | number | undefined>>;
type Child = Shape | string | false | undefined;

const SVG = 'http://www.w3.org/2000/svg';

function build(shape: Shape, document: Document): Element {
  const [tag, attributes, ...children] = shape;
  const element = document.createElementNS(SVG, tag);
  for (const name in attributes) {
    const value = attributes[name];
    if (value !== undefined) element.setAttribute(name, String(value));
  }
  for (const child of children) {
    if (typeof child === 'string') element.append(child);
    else if (child) element.append(build(child, document));
  }
  return element;
}

class DrawDirective extends Directive {
  #shapes: readonly Shape[] | undefined;

  constructor(part: PartInfo) {
    super(part);
    if (part.type !== PartType.ELEMENT) throw new Error('draw() goes on an element');
  }

  // Lit calls render() only for server rendering, which charts do not support.
  render(shapes: readonly Shape[]) {
    return shapes.length ? noChange : nothing;
  }

  override update(part: ElementPart, [shapes]: [readonly Shape[]]) {
    if (shapes !== this.#shapes) {
      this.#shapes = shapes;
      const { element } = part;
      element.replaceChildren(...shapes.map((shape) => build(shape, element.ownerDocument)));
    }
    return noChange;
  }
}

/** Replaces the element's children with `shapes`, drawn as SVG elements. */
export const draw = directive(DrawDirective);
