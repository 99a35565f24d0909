/** Everything: defines every occ-* element. The per-element modules define only their own. */
export { OccQuickFacts } from './elements/quick-facts/quick-facts.js';
export { OccPayChart } from './elements/pay-chart/pay-chart.js';
export { OccOutlook } from './elements/outlook/outlook.js';
export { OccElement } from './core/occ-element.js';
export { OccLoadEvent, OccErrorEvent } from './core/events.js';
export { OccDataError, type OccErrorKind } from './data/errors.js';
export { validateProfile } from './data/validate.js';
export type * from './data/types.js';
