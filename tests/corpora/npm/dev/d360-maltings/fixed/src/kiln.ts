import { round1 } from './steep';

// Kilning drives the water off again: the dry matter stays, and the grain ends at the mass that holds it
// at the end moisture.
export function waterDrivenOffKg(greenKg: number, greenMoisture: number, endMoisture: number): number {
  const dryKg = greenKg * (1 - greenMoisture);
  return round1(greenKg - dryKg / (1 - endMoisture));
}

export function kilnHours(drivenOffKg: number, kgPerHour: number): number {
  return Math.ceil(drivenOffKg / kgPerHour);
}
