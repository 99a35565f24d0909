import { readFileSync } from 'node:fs';

// Compiled to dist/tools/occ-data/, three levels below the package root.
const { version } = JSON.parse(
  readFileSync(new URL('../../../package.json', import.meta.url), 'utf8'),
);

/**
 * Every profile occ-data writes carries `source.generator`, e.g. "occ-data/0.1.0". A rebuild
 * replaces the files that carry it and keeps every other file in the output directory, so a
 * hand-made profile survives.
 */
export const GENERATOR = `occ-data/${version}`;

/**
 * @param profile parsed JSON
 */
export function isGenerated(profile: unknown): boolean {
  const generator = (profile as { source?: { generator?: unknown } } | undefined)?.source
    ?.generator;
  return typeof generator === 'string' && generator.startsWith('occ-data/');
}
