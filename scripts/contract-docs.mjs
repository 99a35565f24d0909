// Writes docs/contract.md: every field of the data contract, from the JSON Schema's own
// descriptions (run by `npm run docs`; CI fails when the committed file is stale).
import { readFileSync, writeFileSync } from 'node:fs';

const schema = JSON.parse(readFileSync('schema/occupation-profile.schema.json', 'utf8'));
const named = {
  money: 'Money',
  year: 'year',
  count: 'count',
  changeCount: 'change',
  growthPercent: 'percent',
  slug: 'slug',
  link: 'Link',
  richText: 'RichText',
};
const rows = [];
const cell = (text = '') => text.replace(/\|/g, '\\|').replace(/\s+/g, ' ').trim();

function walk(node, path, required) {
  const ref = node.$ref?.split('/').pop();
  if (ref && named[ref]) {
    rows.push([path, named[ref], required, node.description ?? schema.$defs[ref].description]);
    return;
  }
  if (ref) node = { ...schema.$defs[ref], ...node };
  if (node.type === 'object' && node.properties) {
    if (path) rows.push([path, 'object', required, node.description]);
    for (const [key, child] of Object.entries(node.properties)) {
      walk(child, path ? `${path}.${key}` : key, (node.required ?? []).includes(key));
    }
  } else if (node.type === 'array') {
    const item = node.items?.$ref
      ? { ...schema.$defs[node.items.$ref.split('/').pop()], ...node.items }
      : node.items;
    const isObject = item?.type === 'object' || item?.oneOf;
    rows.push([
      `${path}[]`,
      isObject ? 'list of objects' : `list of ${item?.type ?? 'values'}`,
      required,
      node.description,
    ]);
    if (item?.type === 'object' && item.properties) {
      for (const [key, child] of Object.entries(item.properties)) {
        walk(child, `${path}[].${key}`, (item.required ?? []).includes(key));
      }
    }
  } else {
    const type =
      node.const !== undefined ? JSON.stringify(node.const) : (node.type ?? 'see schema');
    rows.push([path, type, required, node.description]);
  }
}
walk(schema, '', true);

const lines = [
  '# The data contract, field by field',
  '',
  'Generated from [`schema/occupation-profile.schema.json`](../schema/occupation-profile.schema.json)',
  'by `npm run docs`; do not edit by hand. See [the data guide](data.md) for how to make and host profiles.',
  '',
  '`Money` is a number of US dollars, or `{ "atLeast": number }` for a top-coded wage',
  '("$208,000 or more"); `year` is a whole number from 1900 to 2200; `count` a whole number of',
  'at least 0; `change` a whole number; `percent` a number from -100 to 1000.',
  '`Link` is `{ "text", "href", "slug"? }`: the page a reader goes to (BLS\'s by default; only',
  'http(s) and relative addresses become links) and, when the dataset has a profile of it, its',
  "`slug`, which an `href-template` turns into the site's own page. `RichText` is text, or a list",
  "of runs that are text or a `Link`. `slug` is a profile's file stem (an OOH slug or a SOC code):",
  'letters, digits, `.`, `_` and `-`.',
  '',
  '| field | type | required | meaning |',
  '| --- | --- | --- | --- |',
  ...rows.map(
    ([path, type, required, description]) =>
      `| \`${path}\` | ${type} | ${required ? 'yes' : ''} | ${cell(description)} |`,
  ),
  '',
];
writeFileSync('docs/contract.md', lines.join('\n'));
console.log(`docs/contract.md: ${rows.length} fields`);
