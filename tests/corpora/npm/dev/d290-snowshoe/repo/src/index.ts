export { dayPlan, hours, paceFactor } from './trail';
export type { Leg, Snow, Trail } from './types';
