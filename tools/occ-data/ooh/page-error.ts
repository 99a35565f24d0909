import { basename } from 'node:path';

/**
 * A saved OOH page that cannot be read as an occupation profile: not a profile page, a tab
 * missing, or a file that ends early. `reason` says it in plain words; the message adds the file.
 */
export class OohPageError extends Error {
  readonly file: string;
  readonly reason: string;

  constructor(file: string, reason: string) {
    super(`${basename(file)}: ${reason}`);
    this.name = 'OohPageError';
    this.file = file;
    this.reason = reason;
  }
}
