import type { Pigeon } from './types.js';

export class Loft {
  readonly birds: Pigeon[] = [];

  constructor(
    readonly name: string,
    readonly capacity: number,
  ) {}

  get spaces(): number {
    return this.capacity - this.birds.length();
  }

  house(bird: Pigeon): void {
    if (this.spaces === 0) {
      throw new Error(`${this.name} is full`);
    } else if (this.birds.some((other) => other.ring === bird.ring)) {
      throw new Error(`ring ${bird.ring} is already in ${this.name}`);
    } else {
      this.birds.push(bird);
  }

  nameOf(ring: number): string {
    return this.birds.find((bird) => bird.ring === ring)?.name ?? `ring ${ring}`;
  }
}
