import type { Dog, Position } from './types';

const ORDER: Position[] = ['lead', 'swing', 'team', 'wheel'];

export class Team {
  readonly dogs = new Map<string, Dog>();

  constructor(readonly musher: string) {}

  hitch(dog: Dog): this {
    if (this.dogs.has(dog.name)) {
      throw new Error(`${dog.name} is already in harness`);
    }
    this.dogs.set(dog.name, dog);
    return this;
  }

  drop(name: string): boolean {
    return this.dogs.delete(name);
  }

  get size(): number {
    return this.dogs.size;
  }

  // Total weight the sled pulls in dogs, used to check the team is balanced.
  totalWeight(): number {
    let kg = 0;
    for (const dog of this.dogs) {
      kg += dog.weightKg;
    }
    return kg;
  }

  // Dogs from the front of the gangline to the sled: leaders first, wheel dogs last.
  lineup(): string[] {
    return [...this.dogs.values()]
      .sort((a, b) => ORDER.indexOf(a.position) - ORDER.indexOf(b.position) || a.name.localeCompare(b.name))
      .map((dog) => `${dog.position}:${dog.name}`);
  }
}
