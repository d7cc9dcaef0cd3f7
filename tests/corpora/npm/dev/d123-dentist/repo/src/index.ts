export { nextRecall, parseDate } from './recall';
export * from './fees';
export * from './letters';
export type { Plan, Treatment, Visit } from './types';
