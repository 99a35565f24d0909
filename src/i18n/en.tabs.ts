/**
 * The English texts of the elements that <occ-profile> loads when their tab is shown (the charts
 * and the similar occupations): a module of their own, so the profile's first download leaves
 * them out. `en.ts` re-exports them.
 */
/** The chart elements: the view toggle and the text alternative. */
export const enCharts = {
  industry: 'Industry',
  showTable: 'Show table',
  showChart: 'Show chart',
  showingTable: 'Showing the data as a table.',
  showingChart: 'Showing the chart.',
  highlighted: (label: string) => `${label} (highlighted)`,
  /** A table row's note for the occupation the chart highlights. */
  thisOccupation: '(this occupation)',
  /** The SVG's name: its kind (its title is the figure's caption). */
  barChart: 'Bar chart',
  /** The chart's description: every value, and the highest. */
  describeBars: (items: string[], highest?: string) =>
    `${items.join('; ')}.${highest ? ` Highest: ${highest}.` : ''}`,
  item: (label: string, value: string) => `${label}: ${value}`,
};

/** <occ-pay-chart> */
export const enPay = {
  noPay: 'No pay data in this profile.',
  noHourly: 'No hourly wages in this profile.',
  payTitle: (hourly: boolean, period?: string) =>
    `Median ${hourly ? 'hourly' : 'annual'} wages${period ? `, ${period}` : ''}`,
  medianWage: (hourly: boolean) => `Median ${hourly ? 'hourly' : 'annual'} wage`,
  distributionTitle: (hourly: boolean, period?: string) =>
    `Distribution of ${hourly ? 'hourly' : 'annual'} wages${period ? `, ${period}` : ''}`,
  percentile: { p10: '10%', p25: '25%', p50: 'Median', p75: '75%', p90: '90%' },
  percentileName: {
    p10: '10th percentile',
    p25: '25th percentile',
    p50: 'Median',
    p75: '75th percentile',
    p90: '90th percentile',
  },
  distributionChart: 'Range chart',
  percentileColumn: 'Percentile',
  wage: 'Wage',
  distributionSentence: (low?: string, high?: string) =>
    low && high
      ? `The lowest 10 percent earned less than ${low}, and the highest 10 percent earned more than ${high}.`
      : low
        ? `The lowest 10 percent earned less than ${low}.`
        : high
          ? `The highest 10 percent earned more than ${high}.`
          : '',
  industriesTitle: (hourly: boolean, period?: string) =>
    `Median ${hourly ? 'hourly' : 'annual'} wages in the top industries${period ? `, ${period}` : ''}`,
};

/** <occ-outlook> */
export const enOutlook = {
  noOutlook: 'No job outlook data in this profile.',
  outlookTitle: (period?: string) =>
    `Percent change in employment${period ? `, projected ${period}` : ''}`,
  percentChange: 'Percent change',
  averageSentence: (average: string) =>
    `The average growth rate for all occupations is ${average}.`,
  projectionsCaption: (title: string, period?: string) =>
    `Employment projections data for ${title}${period ? `, ${period}` : ''}`,
  occupationalTitle: 'Occupational Title',
  socCode: 'SOC Code',
  employmentIn: (year?: number) => (year ? `Employment, ${year}` : 'Employment'),
  projectedIn: (year?: number) => (year ? `Projected Employment, ${year}` : 'Projected Employment'),
  changeIn: (period?: string) => (period ? `Change, ${period}` : 'Change'),
  percent: 'Percent',
  numeric: 'Numeric',
  getData: 'Get data',
  /** What "Get data" gets, said after it to screen readers. */
  getDataLabel: (title: string) => `employment projections for ${title}`,
};

/** <occ-employers> */
export const enEmployers = {
  noEmployers: 'No employer data in this profile.',
  employersTitle: (year?: number) => `Largest employers${year ? `, ${year}` : ''}`,
  shareOfJobs: 'Share of jobs',
  heldJobs: (title: string, jobs: string, year?: number) =>
    `${title} held about ${jobs} jobs${year ? ` in ${year}` : ''}.`,
};

/** <occ-similar> */
export const enSimilar = {
  similarTitle: (title: string) => `Similar occupations to ${title}`,
  noSimilar: 'No similar occupations in this profile.',
  jobDuties: 'Job Duties',
  entryLevelEducationColumn: 'Entry-Level Education',
  sortableHint: 'Column headers with buttons are sortable.',
  sortBy: 'Sort by:',
  sortedByPay: (ascending: boolean) =>
    `Sorted by median pay, ${ascending ? 'lowest' : 'highest'} first.`,
  sortedByEducation: (ascending: boolean) =>
    `Sorted by entry-level education, ${ascending ? 'lowest' : 'highest'} level first.`,
};
