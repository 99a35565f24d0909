/**
 * Text for the stand-in profile's prose, which is drawn invisibly and only takes room: `length`
 * characters of plain words, so that it wraps like real text of that length.
 */
export const filler = (length: number) =>
  'Technicians organize and manage health information, including records for insurance. '
    .repeat(4)
    .slice(0, length);

/** The reference occupation's title, the stand-in's. */
export const TITLE = 'Medical Records and Health Information Technicians';

/**
 * A short chart label of the stand-in: the start of its title, which every element's module has
 * already (cheaper there than `filler`; at most the title's 51 characters).
 */
export const label = (length: number) => TITLE.slice(0, length);
