export interface Road {
  to: string;
  km: number;
}

// Cities joined by roads; a road is two-way unless it is added as one-way.
export class RoadMap {
  private readonly roads = new Map<string, Road[]>();

  addCity(city: string): this {
    if (!this.roads.has(city)) {
      this.roads.set(city, []);
    }
    return this;
  }

  addRoad(from: string, to: string, km: number, oneWay = false): this {
    if (!(km >= 0)) {
      throw new RangeError(`a road cannot be ${km} km long`);
    }
    this.addCity(from).addCity(to);
    this.roads.get(from)?.push({ to, km });
    if (!oneWay) {
      this.roads.get(to)?.push({ to: from, km });
    }
    return this;
  }

  roadsFrom(city: string): readonly Road[] {
    return this.roads.get(city) ?? [];
  }

  has(city: string): boolean {
    return this.roads.has(city);
  }
}
