import { limitingMagnitude, magnification, usable } from './types';
import type { Eyepiece, PlanEntry, Target, Telescope } from './types';

const MIN_ALTITUDE_DEG = 20;

export function visible(scope: Telescope, catalogue: readonly Target[]): Target[] {
  const faintest = limitingMagnitude(scope);
  return catalogue.filter((t) => t.altitudeDeg >= MIN_ALTITUDE_DEG && t.magnitude <= faintest);
}

// Highest first: the lower an object, the more air its light crosses.
export function byAltitude(catalogue: readonly Target[]): Target[] {
  return catalogue.sort((a, b) => b.altitudeDeg - a.altitudeDeg);
}

export function pickEyepiece(scope: Telescope, eyepieces: readonly Eyepiece[], target: Target): Eyepiece | undefined {
  let best: Eyepiece | undefined;
  for (const eyepiece of eyepieces) {
    if (!usable(scope, eyepiece)) continue;
    const miss = Math.abs(magnification(scope, eyepiece) - target.idealPower);
    if (!best || miss < Math.abs(magnification(scope, best) - target.idealPower)) best = eyepiece;
  }
  return best;
}

export function plan(scope: Telescope, eyepieces: readonly Eyepiece[], catalogue: readonly Target[]): PlanEntry[] {
  const entries: PlanEntry[] = [];
  for (const target of byAltitude(visible(scope, catalogue))) {
    const eyepiece = pickEyepiece(scope, eyepieces, target);
    if (!eyepiece) continue;
    entries.push({ target: target.name, eyepiece: eyepiece.label, power: Math.round(magnification(scope, eyepiece)) });
  }
  return entries;
}
