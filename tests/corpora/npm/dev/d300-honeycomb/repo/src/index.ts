export { DEFAULTS, Hive } from './hive';
export type { HiveOptions, Inspection } from './hive';
export { INTERVAL_DAYS, nextVisit, summary } from './visits';
