// @ts-check
import { basename } from 'node:path';

/**
 * Where in an input file a problem is. `row` counts the header row as row 1, as a spreadsheet
 * shows it; `column` is the header text as written in the file.
 * @typedef {{ file: string, row?: number, column?: string }} Location
 */

/**
 * A problem with the user's input files or options. The CLI prints its message alone, without a
 * stack trace, because the message is the whole story: which file, row and column, and what is
 * wrong there.
 */
export class InputError extends Error {
  /**
   * @param {string} detail what is wrong, e.g. `expected a number, got "4O,350"`
   * @param {Location} location
   */
  constructor(detail, location) {
    super(`${describeLocation(location)}: ${detail}`);
    this.name = 'InputError';
    this.location = location;
  }
}

/**
 * @param {Location} location
 * @returns {string} e.g. `oes-national-M2018_dl.csv row 412, column A_MEDIAN`
 */
export function describeLocation({ file, row, column }) {
  const parts = [row === undefined ? basename(file) : `${basename(file)} row ${row}`];
  if (column !== undefined) parts.push(`column ${column}`);
  return parts.join(', ');
}
