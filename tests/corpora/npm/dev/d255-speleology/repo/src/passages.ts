import type { Leg, Rigged } from './types';
import { metres } from './survey';

export class Passage {
  constructor(
    readonly name: string,
    readonly legs: Leg[],
  ) {}

  lengthM(): number {
    return this.legs.reduce((sum, leg) => sum + leg.lengthM, 0);
  }

  depthM(): number {
    return this.legs.reduce((sum, leg) => sum + leg.dropM, 0);
  }

  describe = (): string => `${this.name}: ${metres(this.lengthM())} long, ${metres(this.depthM())} deep`;
}

// A pitch is a passage that drops far enough to need a rope: its depth, the rebelays and a margin for knots.
export class Pitch implements Rigged extends Passage {
  constructor(
    name: string,
    legs: Leg[],
    readonly rigging: string,
  ) {
    super(name, legs);
  }

  ropeM(): number {
    return Math.ceil(this.depthM() * 1.2 + 5);
  }

  describe = (): string => `${super.describe()}, rigged ${this.rigging}, ${this.ropeM()} m rope`;
}
