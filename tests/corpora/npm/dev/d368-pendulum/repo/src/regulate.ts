import { periodS } from './period.js';

// One turn of the rating nut under the bob moves it half a millimetre.
export const TURN_M = 0.0005;

// The whole turns, either way and at most maxTurns, that bring the period closest to the target.
export function turnsToRegulate(lengthM: number, targetS: number, maxTurns: number): number {
  let best = 0;
  let bestError = Math.abs(periodS(lengthM) - targetS);
  for (let turns = -maxTurns; turns <= maxTurns; turns++) {
    const error = Math.abs(periodS(lengthM + turns * TURN_M) - targetS);
    if (error < bestError) {
      best = turns;
      bestError = error;
    }
  return best;
}

export function secondsPerDay(lengthM: number, targetS: number): number {
  const ratio = targetS / periodS(lengthM);
  return Math.round((ratio - 1) * 86400);
}
