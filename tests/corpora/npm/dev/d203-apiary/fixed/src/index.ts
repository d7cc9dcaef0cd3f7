export { parseInspection, temperOf } from './inspections';
export { hiveReports, nextDue } from './report';
export type { Intervals } from './report';
export { Temper } from './types';
export type { HiveReport, Inspection } from './types';
