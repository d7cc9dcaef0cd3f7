import type { Plan, Treatment, Visit } from './types';

export const FEES: Record<Treatment, number> = { 'check-up': 2650, hygiene: 7500, filling: 9800, crown: 52000 };

// What the patient pays for one visit, in pence: the plan pays its share of what it covers.
export function patientPays(visit: Visit, plan: Plan | null): number {
  const fee = FEES[visit.treatment];
  if (plan === null || !plan.covers.includes(visit.treatment)) {
    return fee;
  }
  return Math.round(fee * (1 - plan.share));
}

export function formatPounds(pence: number): string {
  return `£${(pence / 100).toFixed(2)}`;
}
