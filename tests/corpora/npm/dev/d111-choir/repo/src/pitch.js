const NAMES = ['C', 'C#', 'D', 'D#', 'E', 'F', 'F#', 'G', 'G#', 'A', 'A#', 'B'];
const NOTE = /^([A-G]#?)(\d)$;

// The lowest and highest notes each part is asked to sing.
const RANGES = { S: ['C4', 'A5'], A: ['F3', 'D5'], T: ['C3', 'A4'], B: ['E2', 'E4'] };

// MIDI number of a note in scientific pitch notation (middle C, C4, is 60).
export function midi(note) {
  const match = NOTE.exec(note);
  if (!match) throw new Error(`not a note: ${note}`);
  return (Number(match[2]) + 1) * 12 + NAMES.indexOf(match[1]);
}

export function transpose(note, semitones) {
  const n = midi(note) + semitones;
  return `${NAMES[n % 12]}${Math.floor(n / 12) - 1}`;
}

export function outOfRange(part, notes) {
  const [low, high] = RANGES[part].map(midi);
  return notes.filter((note) => midi(note) < low || midi(note) > high);
}
