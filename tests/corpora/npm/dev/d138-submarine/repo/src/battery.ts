import type { Leg } from './types.js';

// Submerged, the boat runs on its battery: a steady hotel load for crew and systems, plus propulsion, which grows
// with the cube of the speed.
const HOTEL_KW = 40;
const PROPULSION_KW_PER_KNOT3 = 0.9;

export function drawKw(knots: number): number {
  return HOTEL_KW + PROPULSION_KW_PER_KNOT3 * knots ** 3;
}

export function energyKwh(legs: Leg[]): number {
  return legs.reduce((sum, leg) => sum + drawKw(leg.knots) * leg.hours, 0);
}

// The hours a charge lasts at a steady speed, to one decimal.
export function enduranceHours(batteryKwh: number, knots: number): number {
  return (batteryKwh / drawKw(knots)).toFixed(1);
}
