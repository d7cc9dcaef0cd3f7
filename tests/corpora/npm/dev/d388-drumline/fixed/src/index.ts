import { hitAt, rotate, type Part } from './pattern.js';
import { DrumMajor, MARCHING, loopMs, stepMs, type Tempo } from './tempo.js';

export { hitAt, rotate, DrumMajor, MARCHING, loopMs, stepMs, type Part, type Tempo };

// When a part plays, in ms from the first step counted, over a run of steps that may start before the downbeat.
export function hitTimes(part: Part, tempo: Tempo, from: number, steps: number): number[] {
  const times: number[] = [];
  for (let step = from; step < from + steps; step += 1) {
    if (!hitAt(part.pattern, step)) continue;
    const at = (step - from) * stepMs(tempo.bpm, tempo.stepsPerBeat);
    times.push(Math.round(at));
  }
  return times;
}
