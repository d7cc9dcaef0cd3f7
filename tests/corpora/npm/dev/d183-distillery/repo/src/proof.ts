import { round } from 'lodash';

// US proof is twice the alcohol by volume; UK proof is 7/4 of it.
export function abvToUSProof(abv: number): number {
  return abv * 2;
}

export function proofToABV(proof: number, system: 'US' | 'UK' = 'US'): number {
  return system === 'US' ? proof / 2 : (proof * 4) / 7;
}

// Litres of pure alcohol in a volume of spirit.
export function litresOfAlcohol(litres: number, abv: number): number {
  return round(litres * (abv / 100), 2);
}

// Water to add to bring a spirit down to a target strength (the alcohol stays, the volume grows).
export function waterToReduce(litres: number, abv: number, targetAbv: number): number {
  if (targetAbv >= abv) throw new Error('a spirit cannot be reduced to a higher strength');
  return round(litres * (abv / targetAbv - 1), 1);
}
