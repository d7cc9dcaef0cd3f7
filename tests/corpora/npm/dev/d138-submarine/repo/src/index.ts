export { drawKw, enduranceHours, energyKwh } from './battery.js';
export { checkPlan, parsePlan } from './plan.js';
export { pressureBar } from './pressure.js';
export type { Leg, PlanCheck } from './types.js';
