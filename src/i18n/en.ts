/** Every text the elements write, in English. Profile content is shown as given. */
export const en = {
  loading: 'Loading occupation profile…',
  missingSource:
    'Set the src attribute to the URL of an occupation profile (JSON), or the data property to a profile object.',
  errorTitle: 'This occupation profile could not be shown',
  errorUrl: 'Profile URL',
  orMore: (money: string) => `${money} or more`,
  perYear: (money: string) => `${money} per year`,
  perHour: (money: string) => `${money} per hour`,
  definitionOf: (term: string) => `What is “${term}”?`,

  quickFactsTitle: (title: string) => `Quick Facts: ${title}`,
  noQuickFacts: 'No quick facts in this profile.',
  medianPay: (year?: number) => (year ? `${year} Median Pay` : 'Median Pay'),
  entryLevelEducation: 'Typical Entry-Level Education',
  workExperience: 'Work Experience in a Related Occupation',
  onTheJobTraining: 'On-the-job Training',
  jobs: (year?: number) => (year ? `Number of Jobs, ${year}` : 'Number of Jobs'),
  outlook: (period?: string) => (period ? `Job Outlook, ${period}` : 'Job Outlook'),
  employmentChange: (period?: string) =>
    period ? `Employment Change, ${period}` : 'Employment Change',
};

export type Strings = typeof en;
