import type { Unit } from './types';

// How much of the unit's base (ml for volumes, g for weights) one unit holds; US customary measures.
const VOLUME: Partial<Record<Unit, number>> = { tsp: 4.92892, tbsp: 14.7868, cup: 236.588, ml: 1, l: 1000 };
const WEIGHT: Partial<Record<Unit, number>> = { g: 1, kg: 1000, oz: 28.3495, lb: 453.592 };

export function kindOf(unit: Unit): 'volume' | 'weight' | 'count' {
  if (unit in VOLUME) {
    return 'volume';
  }
  return unit in WEIGHT ? 'weight' : 'count';
}

export function convert(amount: number, from: Unit, to: Unit): number {
  if (from === to) {
    return amount;
  }
  const table = kindOf(from) === 'volume' ? VOLUME : WEIGHT;
  const fromSize = table[from];
  const toSize = table[to];
  if (fromSize === undefined || toSize === undefined) {
    throw new Error(`cannot convert ${from} to ${to}`);
  }
  return (amount * fromSize) / toSize;
}

// The metric unit a quantity reads best in: litres and kilograms from 1000 up.
export function toMetric(amount: number, unit: Unit): { amount: number; unit: Unit } {
  const kind = kindOf(unit);
  if (kind === 'count') {
    return { amount, unit };
  }
  const base = convert(amount, unit, kind === 'volume' ? 'ml' : 'g');
  if (base >= 1000) {
    return { amount: base / 1000, unit: kind === 'volume' ? 'l' : 'kg' };
  }
  return { amount: Math.round(base), unit: kind === 'volume' ? 'ml' : 'g' };
}
