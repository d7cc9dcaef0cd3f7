import { energyKwh } from './battery.js';
import { pressureBar } from './pressure.js';
import type { Leg, PlanCheck } from './types.js';

export function parsePlan(text: string): Leg[] {
  let data: unknown;
  try {
    data = JSON.parse(text);
  catch {
    throw new Error('the plan is not JSON');
  }
  if (!Array.isArray(data)) throw new Error('the plan is not a list of legs');
  return data as Leg[];
}

// A plan is safe when no leg goes below the hull's test depth and the battery holds enough for every leg.
export function checkPlan(legs: Leg[], batteryKwh: number, testDepthM: number): PlanCheck {
  const maxBar = Math.max(...legs.map((leg) => pressureBars(leg.depthM)));
  const reserveKwh = Math.round(batteryKwh - energyKwh(legs));
  const ok = reserveKwh >= 0 && legs.every((leg) => leg.depthM <= testDepthM);
  return { ok, maxBar, reserveKwh };
}
