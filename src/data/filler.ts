/**
 * Text for the stand-in profile's prose, which is drawn invisibly and only takes room: `length`
 * characters of plain words, so that it wraps like real text of that length.
 */
export const filler = (length: number) =>
  'Technicians organize and manage health information, including records for insurance. '
    .repeat(4)
    .slice(0, length);
