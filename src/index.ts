/** Everything: defines every occ-* element. The per-element modules define only their own. */
export { OccQuickFacts } from './elements/quick-facts/quick-facts.js';
export { OccPayChart } from './elements/pay-chart/pay-chart.js';
export { OccOutlook } from './elements/outlook/outlook.js';
export { OccEmployers } from './elements/employers/employers.js';
export { OccSimilar } from './elements/similar/similar.js';
export { OccProfile } from './elements/profile/profile.js';
export { OccFinder } from './elements/finder/finder.js';
export { OccCompare } from './elements/compare/compare.js';
export { OccElement } from './core/occ-element.js';
export {
  OccLoadEvent,
  OccErrorEvent,
  OccTabChangeEvent,
  OccSelectEvent,
  OccCompareChangeEvent,
  OccSortChangeEvent,
  type OccProfileLoadDetail,
  type OccIndexLoadDetail,
  type OccCompareLoadDetail,
} from './core/events.js';
export { OccDataError, type OccErrorKind } from './data/errors.js';
export { validateProfile } from './data/validate.js';
export { validateIndex } from './data/validate-index.js';
export type * from './data/index-types.js';
export { setStrings } from './i18n/strings.js';
export type { Strings } from './i18n/en.js';
export type * from './data/types.js';
