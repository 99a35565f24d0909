/**
 * The English texts of <occ-finder> and <occ-compare>: a module of their own, re-exported by
 * `en.ts`, so the profile elements do not ship them.
 */

/** What the finder and the comparison's picker share: the index and the figures it lists. */
export const enIndex = {
  indexLoading: 'Loading the list of occupations…',
  indexErrorTitle: 'The list of occupations could not be shown',
  indexUrl: 'Index URL',
  growthColumn: 'Projected growth',
  jobsColumn: 'Number of jobs',
  newJobsColumn: 'New jobs (projected)',
  openingsColumn: 'Openings per year',
  /** "11% (Much faster than average)" */
  growthValue: (percent: string, phrase?: string) => (phrase ? `${percent} (${phrase})` : percent),
};

/** <occ-finder> */
export const enFinder = {
  finderMissingSource: 'Set the src attribute to the URL of the occupation index (JSON).',
  search: 'Search by title or SOC code',
  any: 'Any',
  growthFilter: 'Projected growth',
  newJobsFilter: 'New jobs (projected)',
  newJobsDecline: 'Fewer jobs (decline)',
  atLeast: (count: string) => `${count} or more`,
  minPay: 'Median pay per year, from ($)',
  maxPay: 'to ($)',
  clearFilters: 'Clear search and filters',
  /** The live region and the line above the results. */
  resultCount: (count: number, formatted: string) =>
    count === 1 ? '1 occupation matches.' : `${formatted} occupations match.`,
  showingFirst: (shown: string, total: string) => `Showing the first ${shown} of ${total}.`,
  noResults: 'No occupation matches. Try fewer words, or clear a filter.',
  resultsCaption: 'Occupations',
  finderSortHint: 'Column headers with buttons sort the list.',
  finderSortBy: 'Sort by:',
  sortedBy: (column: string, ascending: boolean, title: boolean) =>
    `Sorted by ${column}, ${
      title ? (ascending ? 'A to Z' : 'Z to A') : ascending ? 'lowest first' : 'highest first'
    }.`,
  showMore: (count: string) => `Show ${count} more`,
  socLabel: 'SOC',
};

/** <occ-compare> */
export const enCompare = {
  compareLoading: 'Loading the occupations to compare…',
  compareMissingSource:
    'Set the src attribute to two to four occupation profile URLs (JSON), separated by spaces, or the index attribute to pick them from a list.',
  compareErrorTitle: 'An occupation could not be shown',
  compareCaption: (count: number) =>
    count === 1 ? 'One occupation: add another to compare' : `${count} occupations side by side`,
  percentileRow: (name: string, hourly = false) => `${name} (${hourly ? 'hourly' : 'annual'} pay)`,
  addLabel: 'Add an occupation to the comparison',
  choose: 'Choose an occupation…',
  add: 'Add',
  remove: (title: string) => `Remove ${title}`,
  removeText: 'Remove',
  added: (title: string) => `${title} added.`,
  removed: (title: string) => `${title} removed.`,
  atMost: 'Four occupations is the most a comparison shows: remove one to add another.',
  payRangeTitle: 'Annual pay: 10th, 25th, median, 75th and 90th percentiles',
  payRangeHourlyTitle: 'Hourly pay: 10th, 25th, median, 75th and 90th percentiles',
  /** The pay chart's text alternative, one sentence per occupation. */
  describePay: (title: string, items: string[]) => `Range chart. ${title}. ${items.join(' ')}`,
  payItem: (label: string, values: string) => `${label}: ${values}.`,
  changeTitle: 'Projected change in employment, percent',
  describeChange: (title: string, items: string[]) => `Bar chart. ${title}. ${items.join('; ')}.`,
  highlightedLabel: (title: string) => `${title} (highlighted)`,
  legendRange: '10th to 90th percentile',
  legendBox: '25th to 75th percentile',
  legendMedian: 'Median',
};
