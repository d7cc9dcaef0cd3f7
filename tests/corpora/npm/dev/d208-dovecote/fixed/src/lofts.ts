import type { Pigeon } from './types.js';

export class Loft {
  readonly birds: Pigeon[] = [];

  constructor(
    readonly name: string,
    readonly capacity: number,
  ) {}

  get spaces(): number {
    return this.capacity - this.birds.length;
  }

  house(bird: Pigeon): void {
    if (this.spaces === 0) {
      throw new Error(`${this.name} is full`);
    } else if (this.birds.some((other) => other.ring === bird.ring)) {
      throw new Error(`ring ${bird.ring} is already in ${this.name}`);
    } else {
      this.birds.push(bird);
    }
  }

  // A bird is written on the loft's list as 'ring name', e.g. '2041 Blue Bar'.
  houseFromLabel(label: string): void {
    try {
      const [ring, ...name] = label.trim().split(' ');
      if (!/^\d+$/.test(ring) || name.length === 0) throw new SyntaxError(label);
      this.house({ ring: Number(ring), name: name.join(' ') });
    } catch (err) {
      if (err instanceof SyntaxError) throw new Error(`not a bird label: ${label}`);
      throw err;
    }
  }

  nameOf(ring: number): string {
    return this.birds.find((bird) => bird.ring === ring)?.name ?? `ring ${ring}`;
  }
}
