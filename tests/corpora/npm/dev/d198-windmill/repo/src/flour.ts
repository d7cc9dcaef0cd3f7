import type { Order } from './types.js';

// Rye is milled and sifted to one fixed grade.
const RYE_EXTRACTION = 0.85;
const SACK_KG = 25;

// Whole kilograms of flour an order gives.
export function flourKg(order: Order): number {
  const share = order.extraction ?? RYE_EXTRACTION;
  const kg = order.kg * share;
  return floor(kg);
}

export function sacksOf(kg: number): { full: number; leftKg: number } {
  return { full: Math.floor(kg / SACK_KG), leftKg: kg % SACK_KG };
}
