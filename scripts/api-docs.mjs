// `npm run docs`: writes docs/api.md, the API reference, from custom-elements.json (itself generated
// from the elements' JSDoc by `npm run analyze`). CI fails when the committed file is stale.
import { readFileSync, writeFileSync } from 'node:fs';

const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
const cell = (text = '') =>
  String(text)
    .replace(/\|/g, '\\|')
    .replace(/\s*\n\s*/g, ' ')
    .trim();
const code = (text) => (text ? `\`${cell(text)}\`` : '');

function table(headers, rows) {
  if (!rows.length) return '';
  return [
    `| ${headers.join(' | ')} |`,
    `| ${headers.map(() => '---').join(' | ')} |`,
    ...rows.map((row) => `| ${row.map((value) => value ?? '').join(' | ')} |`),
    '',
  ].join('\n');
}

const elements = manifest.modules
  .flatMap((mod) => (mod.declarations ?? []).map((declaration) => ({ mod, declaration })))
  .filter(({ declaration }) => declaration.tagName)
  .sort((a, b) => a.declaration.tagName.localeCompare(b.declaration.tagName));

const lines = [
  '# API reference',
  '',
  'Generated from [`custom-elements.json`](../custom-elements.json) by `npm run docs`; do not edit by hand.',
  '',
  ...elements.map(({ declaration }) => `- [\`<${declaration.tagName}>\`](#${declaration.tagName})`),
  '',
];

for (const { mod, declaration: el } of elements) {
  const attributes = el.attributes ?? [];
  const attributeFields = new Set(attributes.map((attribute) => attribute.fieldName));
  const members = (el.members ?? []).filter(
    (member) => !member.privacy || member.privacy === 'public',
  );
  const properties = members.filter(
    (member) => member.kind === 'field' && !attributeFields.has(member.name) && !member.static,
  );
  const methods = members.filter((member) => member.kind === 'method' && !member.static);
  const statics = members.filter((member) => member.static);
  lines.push(
    `## \`<${el.tagName}>\``,
    '',
    el.summary ? `**${cell(el.summary)}**` : '',
    '',
    el.description ?? '',
    '',
    `Class \`${el.name}\`; module \`${mod.path.replace(/^src\//, 'dist/').replace(/\.ts$/, '.js')}\`.`,
    '',
  );
  if (attributes.length) {
    lines.push(
      '### Attributes',
      '',
      table(
        ['Attribute', 'Property', 'Type', 'Default', 'Description'],
        attributes.map((a) => [
          code(a.name),
          code(a.fieldName),
          code(a.type?.text),
          code(a.default),
          cell(a.description),
        ]),
      ),
    );
  }
  if (properties.length) {
    lines.push(
      '### Properties (no attribute)',
      '',
      table(
        ['Property', 'Type', 'Description'],
        properties.map((p) => [
          code(p.name),
          code(p.type?.text),
          cell(p.description) + (p.readonly ? ' (read-only)' : ''),
        ]),
      ),
    );
  }
  if (methods.length || statics.length) {
    lines.push(
      '### Methods',
      '',
      table(
        ['Method', 'Description'],
        [...methods, ...statics].map((m) => [
          code(
            `${m.static ? `${el.name}.` : ''}${m.name}(${(m.parameters ?? []).map((p) => p.name).join(', ')})`,
          ),
          cell(m.description),
        ]),
      ),
    );
  }
  for (const [title, key, headers, pick] of [
    [
      'Events',
      'events',
      ['Event', 'Type', 'Description'],
      (e) => [code(e.name), code(e.type?.text), cell(e.description)],
    ],
    [
      'Slots',
      'slots',
      ['Slot', 'Description'],
      (s) => [code(s.name || '(default)'), cell(s.description)],
    ],
    ['CSS parts', 'cssParts', ['Part', 'Description'], (p) => [code(p.name), cell(p.description)]],
    [
      'CSS custom properties',
      'cssProperties',
      ['Property', 'Default', 'Description'],
      (p) => [code(p.name), code(p.default), cell(p.description)],
    ],
  ]) {
    const entries = el[key] ?? [];
    if (entries.length) lines.push(`### ${title}`, '', table(headers, entries.map(pick)));
  }
}

writeFileSync(
  'docs/api.md',
  `${lines
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim()}\n`,
);
console.log(`docs/api.md: ${elements.length} elements`);
