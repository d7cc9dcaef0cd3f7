export interface Tempo {
  bpm: number;
  stepsPerBeat: number;
}

export const MARCHING: Tempo = { bpm: 120, stepsPerBeat: 4 };

// Sixteenth notes unless told otherwise: four steps to the beat.
export function stepMs(bpm: number, stepsPerBeat: number = 4): number {
  return 60000 / bpm / stepsPerBeat;
}

export function loopMs(tempo: Tempo, steps: number): number {
  return stepMs(tempo.bpm, tempo.stepsPerBeat) * steps;
}

// The drum major sets the tempo, which the line can only be asked to play between 60 and 200.
export class DrumMajor {
  #bpm = 120;

  get bpm(): number {
    return this.#bpm;
  }

  set bpm(value: number) {
    this.#bpm = Math.min(200, Math.max(60, value));
  }
}
