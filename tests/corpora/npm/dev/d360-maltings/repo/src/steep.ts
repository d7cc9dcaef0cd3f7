export interface SteepPlan {
  barleyKg: number;
  startMoisture: number;
  targetMoisture: number;
}

export function round1(value: number): number {
  return Math.round(value * 10) / 10;
}

// Moisture is on a wet basis (a share of the whole mass): steeping adds water until the dry matter,
// which does not change, makes up 1 - target of the grain.
export function waterTakenUpKg(plan: SteepPlan): number {
  const dryKg = plan.barleyKg * (1 - plan.startMoisture);
  return round1(dryKg / (1 - plan.targetMoisture) - plan.barleyKg);
}
