/**
 * The English texts only <occ-profile> writes: a module of their own, so the other elements'
 * downloads leave them out. `en.ts` re-exports them.
 */
export const enProfile = {
  tabs: {
    summary: 'Summary',
    'what-they-do': 'What They Do',
    'work-environment': 'Work Environment',
    'how-to-become-one': 'How to Become One',
    pay: 'Pay',
    'job-outlook': 'Job Outlook',
    'state-and-area': 'State & Area Data',
    'similar-occupations': 'Similar Occupations',
    'more-information': 'More Information',
  },
  tabsLabel: (title: string) => `${title}: sections`,
  socCodes: (codes: string[]) => `SOC ${codes.length > 1 ? 'codes' : 'code'}: ${codes.join(', ')}`,
  aboutSection: 'About this section',
  sourceLine: (parts: string[]) => `Source: ${parts.join(', ')}.`,
  edition: (edition: string) => `${edition} edition`,
  lastModified: (date: string) => `Last modified: ${date}`,
  citation: 'Suggested citation:',
  viewOriginal: 'This profile on the Occupational Outlook Handbook site',
};
