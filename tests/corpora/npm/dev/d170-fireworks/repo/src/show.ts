import type { Colour, Cue, Shell } from './types';

// Spectators stand back 0.7 m for every millimetre of the largest shell's calibre, and never closer than 25 m.
const METRES_PER_MM = 0.7;
const MIN_DISTANCE_M = 25;

export class Show {
  #cues: Cue[];

  constructor(
    readonly name: string,
    readonly start: Date,
  ) {}

  fire(shell: Shell, at: Date, rack: number): this {
    if (at < this.start) {
      throw new Error(`${shell.name} fires before the show starts`);
    }
    this.#cues.push({ at, shell, rack });
    return this;
  }

  get cues(): Cue[] {
    return [...this.#cues].sort((a, b) => a.at.getTime() - b.at.getTime());
  }

  offsetSeconds(cue: Cue): number {
    return (cue.at.getTime() - this.start.getTime()) / 1000;
  }

  // The show ends when the last burst has faded, which is not always the last shell fired.
  get durationSeconds(): number {
    return this.#cues.reduce((end, cue) => Math.max(end, this.offsetSeconds(cue) + cue.shell.burstSeconds), 0);
  }

  get safetyDistanceM(): number {
    const largest = this.#cues.reduce((mm, cue) => Math.max(mm, cue.shell.calibreMm), 0);
    return Math.max(MIN_DISTANCE_M, Math.ceil(largest * METRES_PER_MM));
  }

  // Each rack once, in the order the crew first needs it.
  *racksInOrder(): Generator<number> {
    const seen = new Set<number>();
    for (const cue of this.cues) {
      if (!seen.has(cue.rack)) {
        seen.add(cue.rack);
        yield cue.rack;
      }
    }
  }

  // The colours in the sky at a moment: every shell whose burst has started and not yet faded.
  coloursAt(seconds: number): Colour[] {
    const lit = this.cues.filter((cue) => {
      const from = this.offsetSeconds(cue);
      return from <= seconds && seconds < from + cue.shell.burstSeconds;
    });
    return [...new Set(lit.map((cue) => cue.shell.colour))];
  }
}
