import { beatMs, type NoteValue } from './tempo.js';

// Beats are counted from 0, and the first beat of every bar is the accented one.
export function isAccent(beat: number, beatsPerBar: number): boolean {
  return beat % beatsPerBar === 0;
}

export function barMs(beatsPerBar: number, bpm: number, noteValue: NoteValue = 4): number {
  return beatsPerBar * beatMs(bpm, noteValue);
}
