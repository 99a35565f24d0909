/**
 * The drawing inside a chart's SVG, built with DOM calls (the way d3-selection draws) rather
 * than one Lit template per line, bar and label: a chart has about thirty such nodes, and as
 * nested templates they cost ~0.9 ms per chart (100 charts: 200 → 107 ms without them, measured
 * by `npm run bench`), most of a chart's render time. Text is always a Text node and attribute
 * names come from this code, so data can never become markup.
 */

/** `[tag, attributes, ...children]`; a string child is text. */
export type Shape = readonly [tag: string, attributes: Attributes, ...children: (Shape | string)[]];
type Attributes = Readonly<Record<string, string | number>>;

function build([tag, attributes, ...children]: Shape): Element {
  const element = document.createElementNS('http://www.w3.org/2000/svg', tag);
  for (const name in attributes) element.setAttribute(name, attributes[name] as string); // numbers too
  for (const child of children) element.append(typeof child === 'string' ? child : build(child));
  return element;
}

/**
 * A drawing: a function that returns `shapes` as SVG elements in a new fragment each time it is
 * called, for a chart's template to render (each render puts a new drawing in place of the last).
 * The shapes are built once; later calls clone them, which costs one native call instead of a
 * few hundred DOM calls.
 */
export function drawing(shapes: () => readonly Shape[]): () => DocumentFragment {
  let built: DocumentFragment | undefined;
  return () => {
    if (!built) {
      built = document.createDocumentFragment();
      built.append(...shapes().map(build));
    }
    return built.cloneNode(true) as DocumentFragment;
  };
}
