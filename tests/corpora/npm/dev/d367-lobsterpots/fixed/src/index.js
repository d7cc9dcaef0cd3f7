export { MAX_CARAPACE_MM, MIN_CARAPACE_MM, isKeeper } from './sizes.js';
export { lineReport, tallyHaul } from './haul.js';
export { WEEKLY_LIMIT_KG, landingLimitKg } from './quota.js';
export { haulLine } from './pots.js';
