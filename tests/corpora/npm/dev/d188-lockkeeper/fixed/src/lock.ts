import { gatesFor } from './gates.js';
import { isLevel, rise } from './levels.js';
import type { Direction, LockSpec } from './types.js';

export class Lock {
  chamberLevelM: number;

  constructor(readonly spec: LockSpec, readonly guillotineBottom = false) {
    this.chamberLevelM = spec.lower.levelM;
  }

  get volumeM3(): number {
    const { lengthM, widthM, upper, lower } = this.spec;
    return Math.round(lengthM * widthM * rise(upper.levelM, lower.levelM) * 10) / 10;
  }

  fill(): void {
    this.chamberLevelM = this.spec.lower.levelM + rise(this.spec.upper.levelM, this.spec.lower.levelM);
  }

  empty(): void {
    this.chamberLevelM = this.spec.upper.levelM - rise(this.spec.upper.levelM, this.spec.lower.levelM);
  }

  // A gate may only be opened when the water on both sides of it stands level.
  canOpen(gate: 'top' | 'bottom'): boolean {
    const pound = gate === 'top' ? this.spec.upper : this.spec.lower;
    return isLevel(this.chamberLevelM, pound.levelM);
  }
}

// Minutes for a boat to pass: set the chamber, open the gate, go in, close it, fill or empty, open, go out.
export function passageMinutes(lock: Lock, direction: Direction, chamberReady: boolean): number {
  const gates = gatesFor(lock.spec.widthM, lock.guillotineBottom);
  function gateMinutes(seconds: number): number {
    return (2 * seconds) / 60;
  }
  const change = lock.volumeM3 / lock.spec.paddleFlowM3PerMin;
  const entry = direction === 'up' ? gates.bottom : gates.top;
  const exit = direction === 'up' ? gates.top : gates.bottom;
  const setting = chamberReady ? 0 : change;
  const moving = 4;
  return Math.round(setting + change + moving + gateMinutes(entry.openingSeconds()) + gateMinutes(exit.openingSeconds()));
}
