import { slug } from './slug';
import type { Platform } from './types';

export class Treehouse {
  declare readonly id: string;
  readonly name: string;
  readonly platforms: Platform[];

  constructor(name: string, platforms: Platform[]) {
    this.name = name;
    this.platforms = platforms;
    // The id goes on the object without being listed, so that a plan copied with JSON carries no stale id.
    Object.defineProperty(this, 'id', { value: slug(name), enumerable: false });
  }

  highestM(): number {
    return Math.max(...this.platforms.map((platform) => platform.heightM));
  }

  floorM2(): number {
    return this.platforms.reduce((sum, platform) => sum + platform.areaM2, 0);
  }

  describe(): string {
    return `${this.name}: ${this.platforms.length} platforms, ${this.floorM2()} m² of floor, highest at ${this.highestM()} m`;
  }
}
