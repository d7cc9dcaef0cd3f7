import type { Glass, Grain } from './glass.js';
import { runSeconds } from './timing.js';

export type FlipRule = (runS: number, elapsedS: number): number;

// Turned over before it ran out, a glass runs again for as long as it had run: the sand that fell is on top now.
export const afterFlip: FlipRule = (runS, elapsedS) => runS - Math.min(elapsedS, runS);

export interface Flipped {
  label: string;
  grain: Grain;
  secondsLeft: number;
}

export function flipGlass(glass: Glass, elapsedS: number, rule: FlipRule = afterFlip): Flipped {
  return { label: glass.label, grain: glass.grain, secondsLeft: rule(runSeconds(glass), elapsedS) };
}
