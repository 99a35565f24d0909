import { basename } from 'node:path';

/**
 * Where in an input file a problem is. `row` counts the header row as row 1, as a spreadsheet
 * shows it; `column` is the header text as written in the file.
 */
export type Location = { file: string; row?: number; column?: string };

/**
 * A problem with the user's input files or options. The CLI prints its message alone, without a
 * stack trace, because the message is the whole story: which file, row and column, and what is
 * wrong there.
 */
export class InputError extends Error {
  readonly location: Location;

  /**
   * @param detail what is wrong, e.g. `expected a number, got "4O,350"`
   */
  constructor(detail: string, location: Location) {
    super(`${describeLocation(location)}: ${detail}`);
    this.name = 'InputError';
    this.location = location;
  }
}

/**
 * @returns e.g. `oes-national-M2018_dl.csv row 412, column A_MEDIAN`
 */
export function describeLocation({ file, row, column }: Location): string {
  const parts = [row === undefined ? basename(file) : `${basename(file)} row ${row}`];
  if (column !== undefined) parts.push(`column ${column}`);
  return parts.join(', ');
}
