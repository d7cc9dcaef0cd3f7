import { RIDER_LIMIT as limits } from './harness.js';
import { verdict } from './line.js';
import type { Line } from './types.js';

// Riders cover about 8 m a second on average; the braking zone must be clear before the next launch.
const METRES_PER_SECOND = 8;
const CLEAR_SECONDS = 20;

export class Park {
  #lines = new Map<string, Line>();

  open(line: Line): this {
    if (verdict(line) !== 'rideable') {
      throw new Error(`${line.name} cannot open: it ${verdict(line)}`);
    }
    this.#lines.set(line.name, line);
    return this;
  }

  line(name: string): Line {
    const line = this.#lines.get(name);
    if (!line) {
      throw new Error(`no line called ${name}`);
    }
    return line;
  }

  canRide(name: string, kg: number): boolean {
    const { minKg, maxKg } = limits[this.line(name).rig];
    return kg >= minKg && kg <= maxKg;
  }

  // Launches for a group, as seconds after the first; a twin line sends two riders at once.
  launches(name: string, riders: number): number[] {
    const line = this.line(name);
    const gap = Math.ceil(line.lengthM / METRES_PER_SECOND) + CLEAR_SECONDS;
    const perLaunch = line.rig === 'twin' ? 2 : 1;
    const times: number[] = [];
    for (let sent = 0; sent < riders; sent += perLaunch) {
      times.push(times.length * gap);
    }
    return times;
  }

  sign(name: string): string {
    const line = this.line(name);
    switch (line.rig) {
      case 'single': {
        const drop = Math.round(line.dropM);
        return `${line.name}: ${line.lengthM} m, ${drop} m drop`;
      case 'twin': {
        return `${line.name}: race a friend over ${line.lengthM} m`;
      }
    }
  }
}
