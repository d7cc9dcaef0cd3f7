// A tempo counts quarter notes a minute; a beat on another note lasts in proportion.
export type NoteValue = 2 | 4 | 8;

export function beatMs(bpm: number, noteValue: NoteValue = 4): number {
  return (60000 / bpm) * (noteValue / 4);
}

const MARKINGS: [number, string][] = [
  [60, 'largo'],
  [76, 'adagio'],
  [108, 'andante'],
  [120, 'moderato'],
  [168, 'allegro'],
];

export function marking(bpm: number): string {
  const found = MARKINGS.find(([under]) => bpm < under);
  return found ? found[1] : 'presto';
}
