import { isNatural, strandStrength as strength, type Strand } from './strands';

export interface Rope {
  name: string;
  strands: Strand[];
  lengthM: number;
}

export function breakingLoad(rope: Rope): number {
  return rope.strands.reduce((sum, strand) => sum + strandStrength(strand), 0);
}

export function safeWorkingLoad(rope: Rope): number {
  const factor = rope.strands.some(isNatural) ? 6 : 5;
  return Math.round(breakingLoad(rope) / factor);
}

export function cut(rope: Rope, metres: number): [Rope, Rope] {
  const piece: Rope = { ...rope, lengthM: metres };
  const rest: Rope = { ...rope, lengthM: rope.lengthM - metres };
  return [piece, rest];
}
