import { parse, type DiceSpec } from './notation';
import type { Random } from './rng';

export interface Roll {
  rolls: number[];
  kept: number[];
  total: number;
}

export function rollDie(sides: number, random: Random): number {
  return Math.floor(random() * sides) + 1;
}

export function roll(notation: string | DiceSpec, random: Random = Math.random): Roll {
  const spec = typeof notation === 'string' ? parse(notation) : notation;
  const rolls = Array.from({ length: spec.count }, () => rollDie(spec.sides, random));
  let kept = rolls;
  if (spec.keep) {
    const order = [...rolls].sort((a, b) => (spec.keep?.which === 'highest' ? b - a : a - b));
    kept = order.slice(0, spec.keep.n);
  }
  return { rolls, kept, total: kept.reduce((sum, die) => sum + die, 0) + spec.modifier };
}
