export { barMs, isAccent } from './bar.js';
export { Metronome, type Tick } from './metronome.js';
export { beatMs, marking, type NoteValue } from './tempo.js';
