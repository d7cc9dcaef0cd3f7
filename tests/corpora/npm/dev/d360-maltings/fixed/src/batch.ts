import { round1, waterTakenUpKg, type SteepPlan } from './steep';
import { kilnHours, waterDrivenOffKg } from './kiln';

export interface Batch {
  id: string;
  plan: SteepPlan;
  endMoisture: number;
}

export interface BatchReport {
  id: string;
  greenKg: number;
  maltKg: number;
  hours: number;
}

export function batchReport(batch: Batch, kgPerHour: number): BatchReport {
  const greenKg = round1(batch.plan.barleyKg + waterTakenUpKg(batch.plan));
  const drivenOff = waterDrivenOffKg(greenKg, batch.plan.targetMoisture, batch.endMoisture);
  return { id: batch.id, greenKg, maltKg: round1(greenKg - drivenOff), hours: kilnHours(drivenOff, kgPerHour) };
}

// Batch labels are the maltings' code and a three-digit number: MB-007.
export function batchLabel(n: number): string {
  return `MB-${String(n).padStart(3, '0')}`;
}

// The kiln takes the batches that are to end driest first, while it is hottest; the caller's list keeps its order.
export function kilnOrder(batches: Batch[]): string[] {
  return [...batches].sort((a, b) => a.endMoisture - b.endMoisture).map((batch) => batch.id);
}
