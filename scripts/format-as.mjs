// @ts-check
// Text the tools write into the repository (bench results, the Lighthouse report, the
// placeholder stylesheet), formatted as Prettier formats that file: the repository's config and
// the parser its name calls for, so lint accepts the file as written.
import * as prettier from 'prettier';

/**
 * `text` formatted for `file`.
 * @param {string} file
 * @param {string} text
 */
export async function formatAs(file, text) {
  return prettier.format(text, { ...(await prettier.resolveConfig(file)), filepath: file });
}
