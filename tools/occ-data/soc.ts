/** A Standard Occupational Classification code, e.g. 29-2071. */
export const SOC_CODE = /^\d{2}-\d{4}$/;

/** The code BLS uses for "Total, all occupations". */
export const TOTAL_CODE = '00-0000';

/**
 * The group an occupation is compared with, as the OOH's pay and outlook charts do: its SOC
 * minor group, or its major group when the table has no minor group above it (39-7010 has no
 * 39-7000 row in the 2018-28 projections; 45-3000 is itself a minor-group code used as a
 * detailed occupation).
 *
 * A group's code is its members' common prefix padded with zeros: 29-2071 is in broad group
 * 29-2070, minor group 29-2000 and major group 29-0000; 15-1143 is in minor group 15-1100, where
 * the SOC uses two digits for the minor group.
 * @param code a detailed occupation's SOC code
 * @param groupCodes the codes of the group rows available
 */
export function comparisonGroup(code: string, groupCodes: Set<string>): string | undefined {
  // Minor group candidates, nearest first (15-1100 before 15-1000), then the major group.
  const candidates = [code.slice(0, 5).padEnd(7, '0'), code.slice(0, 4).padEnd(7, '0')];
  const minor = candidates.find(
    (group) => group !== code && !group.endsWith('0000') && groupCodes.has(group),
  );
  if (minor) return minor;
  const major = `${code.slice(0, 3)}0000`;
  return major !== TOTAL_CODE && groupCodes.has(major) ? major : undefined;
}
