/**
 * The injection corpus, and every string field of the contract (read from the JSON Schema, so a
 * field added to the contract is attacked too). `ID` in a payload is replaced by a number unique
 * to the payload and field: a payload that runs calls `__xss(ID)` (or alert/confirm/prompt), and
 * one that loads anything asks the test server's beacon route, so both are caught.
 */
import type { Doc, Path } from './hostile.js';

const BEACON = '/__fixtures/beacon?id=ID';

export const PAYLOADS: string[] = [
  // markup
  '<script>__xss(ID)</script>',
  '<img src=x onerror=__xss(ID)>',
  `<img src="${BEACON}">`,
  '<svg onload=__xss(ID)>',
  '<svg><script>__xss(ID)</script></svg>',
  '<svg><a xlink:href="javascript:__xss(ID)"><text y="20">x</text></a></svg>',
  '<svg><animate onbegin=__xss(ID) attributeName=x dur=1s>',
  '<svg><foreignObject><iframe srcdoc="<script>parent.__xss(ID)</script>"></iframe></foreignObject></svg>',
  '<iframe src="javascript:parent.__xss(ID)"></iframe>',
  '<body onload=__xss(ID)>',
  '<details open ontoggle=__xss(ID)>',
  '<input autofocus onfocus=__xss(ID)>',
  '<video><source onerror=__xss(ID)></video>',
  '<object data="javascript:__xss(ID)"></object>',
  `<embed src="${BEACON}">`,
  `<link rel=stylesheet href="${BEACON}">`,
  '<meta http-equiv="refresh" content="0;url=javascript:__xss(ID)">',
  '<base href="javascript:__xss(ID)//">',
  '<math><mtext><table><mglyph><style><img src=x onerror=__xss(ID)>',
  '<!--<img src=x onerror=__xss(ID)>-->',
  '<a href="javascript:__xss(ID)">click</a>',
  // attribute breaking
  '"><script>__xss(ID)</script>',
  '" onfocus="__xss(ID)" autofocus="',
  "' onmouseover='__xss(ID)' x='",
  `" style="background:url(${BEACON})`,
  '</textarea></title></style></script><img src=x onerror=__xss(ID)>',
  // URLs
  'javascript:__xss(ID)',
  'JaVaScRiPt:__xss(ID)',
  ' \t\n javascript:__xss(ID)',
  'java\tscript:__xss(ID)',
  '\u0001javascript:__xss(ID)',
  '&#106;avascript:__xss(ID)',
  'data:text/html,<script>__xss(ID)</script>',
  'data:image/svg+xml,<svg onload=__xss(ID)>',
  'vbscript:__xss(ID)',
  '//evil.example/%0a__xss(ID)',
  'https://evil.example/"><img src=x onerror=__xss(ID)>',
  // CSS
  `<style>@import '${BEACON}';</style>`,
  `<div style="background:url(${BEACON})">x</div>`,
  'x:expression(__xss(ID))',
  `url(${BEACON})`,
  '</style><script>__xss(ID)</script>',
  // templates and markers
  '${__xss(ID)}',
  '`;__xss(ID);`',
  "{{constructor.constructor('__xss(ID)')()}}",
  '<?lit$1234$><!--?lit$1234$-->__xss(ID)',
  '%3Cscript%3E__xss(ID)%3C/script%3E',
];

export const payload = (template: string, id: number) => template.replaceAll('ID', String(id));

/* ---------- the contract's string fields ---------- */

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Schema = Record<string, any>;

export interface StringField {
  /** A path of the reference profile where the field is (or is put). */
  path: Path;
  /** The field's place in the schema, e.g. "pay.medians[].label". */
  name: string;
  /** Whether the field is an address (the elements may make a link of it). */
  url: boolean;
}

/**
 * Every string field the schema defines, each at the first place `doc` has it (for blocks, the
 * first block of each kind). A field `doc` lacks is put in the first object that could hold it.
 */
export function stringFields(schema: Schema, doc: Doc): StringField[] {
  const fields = new Map<string, StringField>();
  const resolve = (node: Schema): Schema =>
    node.$ref ? resolve(schema.$defs[node.$ref.replace('#/$defs/', '')]) : node;
  const walk = (raw: Schema, value: unknown, path: Path, name: string) => {
    const node = resolve(raw);
    const isString =
      node.type === 'string' ||
      (Array.isArray(node.enum) && node.enum.every((v: unknown) => typeof v === 'string')) ||
      typeof node.const === 'string';
    if (isString) {
      if (!fields.has(name))
        fields.set(name, { path, name, url: /(^|\.)(url|dataUrl|href)$/.test(name) });
      return;
    }
    // Rich text (a string or a list of runs) and its runs (a string or a link): walk the variant
    // the document has there.
    if (!node.type && Array.isArray(node.oneOf)) {
      const kind = Array.isArray(value)
        ? 'array'
        : typeof value === 'object' && value !== null
          ? 'object'
          : typeof value;
      const variant = node.oneOf.find((v: Schema) => resolve(v).type === kind) ?? node.oneOf[0];
      walk(variant, value, path, name);
      return;
    }
    if (node.type === 'object' && node.properties) {
      for (const [key, child] of Object.entries<Schema>(node.properties)) {
        walk(
          child,
          (value as Doc | undefined)?.[key],
          [...path, key],
          name ? `${name}.${key}` : key,
        );
      }
      return;
    }
    if (node.type === 'array') {
      const items = resolve(node.items);
      const variants: Schema[] = items.oneOf ?? [items];
      // Rich text's runs or items: each is whichever variant the document has there.
      if (items.oneOf && !items.oneOf.some((v: Schema) => resolve(v).properties?.type)) {
        const list = Array.isArray(value) && value.length ? value : [undefined];
        list.forEach((item, index) => walk(items, item, [...path, index], `${name}[]`));
        return;
      }
      const list = Array.isArray(value) && value.length ? value : [undefined];
      list.forEach((item, index) => {
        for (const variant of variants) {
          const kind = variant.properties?.type;
          const wanted: string[] | undefined =
            kind?.enum ?? (kind?.const ? [kind.const] : undefined);
          if (wanted && !wanted.includes((item as Doc | undefined)?.type)) continue;
          const label = wanted ? `${name}[${wanted.join('|')}]` : `${name}[]`;
          walk(variant, item, [...path, index], label);
        }
      });
    }
  };
  walk(schema, doc, [], '');
  return [...fields.values()];
}
