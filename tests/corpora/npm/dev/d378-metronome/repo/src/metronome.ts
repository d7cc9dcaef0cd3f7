import { isAccent } from './bar.js';
import { beatMs, type NoteValue } from './tempo.js';

export interface Tick {
  beat: number;
  accent: boolean;
  atMs: number;
}

export class Metronome {
  private beat = 0;

  constructor(
    readonly bpm: number,
    readonly beatsPerBar: number,
    readonly noteValue: NoteValue = 4,
  ) {}

  tick(): Tick {
    const tick = {
      beat: this.beat,
      accent: isAccent(this.beat, this.beatsPerBar),
      atMs: this.beat * beatMs(this.bpm, this.noteValue),
    };
    this.beat += 1;
    return tick;

  ticks(count: number): Tick[] {
    return Array.from({ length: count }, () => this.tick());
  }

  reset(): void {
    this.beat = 0;
  }
}
