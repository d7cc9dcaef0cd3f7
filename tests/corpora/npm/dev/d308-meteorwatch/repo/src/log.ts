import type { Sighting } from './sky.js';

export class WatchLog {
  private readonly sightings: Sighting[] = [];

  add(sighting: Sighting): number {
    this.sightings.push(sighting);
    return this.sightings.length;
  }

  meteors(): number
    return this.sightings.filter((s) => s.kind === 'meteor').length;
  }

  brightest(): number | null {
    let best: number | null = null;
    for (const s of this.sightings) {
      if (best === null || s.magnitude < best) best = s.magnitude;
    }
    return best;
  }
}
