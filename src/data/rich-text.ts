/** Rich text (`RichText`) as the plain text a reader sees: the runs' and links' texts, joined. */
import type { RichText } from './types.js';

export const plainText = (rich: RichText): string =>
  typeof rich === 'string'
    ? rich
    : rich.map((run) => (typeof run === 'string' ? run : run.text)).join('');
