/**
 * Theme tokens. A page sets the global `--occ-*` properties once on `:root`; each element also
 * reads `--occ-<element>-*` overrides first. Both resolve into private `--_*` properties on
 * `:host`, which the element styles use. Defaults meet WCAG AA text contrast in both schemes.
 */
import { unsafeCSS, type CSSResult } from 'lit';

/** token → [light default, dark default]. Only constants reach unsafeCSS here, never data. */
const colors = {
  text: ['#1b1b1b', '#f1f3f6'],
  muted: ['#565c65', '#b4bac4'],
  accent: ['#005ea2', '#73b3e7'],
  surface: ['#ffffff', '#15191f'],
  'surface-alt': ['#f3f5f8', '#222831'],
  border: ['#c9ced6', '#4a5260'],
  focus: ['#2378c3', '#8cc4f2'],
  error: ['#b50909', '#ff9c8f'],
  // Chart colours: bars keep at least 3:1 against the surface in both schemes.
  bar: ['#6f7782', '#8e96a3'],
  highlight: ['var(--_color-accent)', 'var(--_color-accent)'],
  grid: ['#e1e4e8', '#303742'],
} as const;

const other = {
  'font-family': 'inherit',
  'font-size': '1rem',
  radius: '0.5rem',
  space: '1rem',
} as const;

type ColorToken = keyof typeof colors;

const defaults = (scheme: 0 | 1) =>
  Object.entries(colors)
    .map(([name, pair]) => `--_default-${name}:${pair[scheme]};`)
    .join('');

/**
 * Host styles shared by every element: resolves `--occ-<element>-<token>`, then `--occ-<token>`,
 * then the scheme's default; the dark defaults apply under `theme="dark"`, or under
 * `prefers-color-scheme: dark` unless `theme="light"`.
 */
export function tokens(element: string): CSSResult {
  const resolve = (token: string, fallback: string) =>
    `--_${token}:var(--occ-${element}-${token},var(--occ-${token},${fallback}));`;
  const colorRules = (Object.keys(colors) as ColorToken[])
    .map((name) => resolve(`color-${name}`, `var(--_default-${name})`))
    .join('');
  const otherRules = Object.entries(other)
    .map(([name, value]) => resolve(name, value))
    .join('');
  return unsafeCSS(
    `:host{color-scheme:light;${defaults(0)}${colorRules}${otherRules}}` +
      `:host([theme='dark']){color-scheme:dark;${defaults(1)}}` +
      `@media (prefers-color-scheme:dark){:host(:not([theme='light'])){color-scheme:dark;${defaults(1)}}}`,
  );
}
