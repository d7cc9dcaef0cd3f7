export type StrokeKind = 'stem' | 'bowl' | 'arch' | 'hairline' | 'dot' | 'cross';

export interface Stroke {
  letter: string;
  order: number;
  kind: StrokeKind;
}

// The strokes of each minuscule in a foundational hand, in the order the pen makes them.
const STROKES: Record<string, StrokeKind[]> = {
  a: ['bowl', 'stem'],
  b: ['stem', 'bowl'],
  i: ['stem', 'dot'],
  l: ['stem'],
  m: ['stem', 'arch', 'arch'],
  n: ['stem', 'arch'],
  o: ['bowl', 'bowl'],
  t: ['stem', 'cross'],
  v: ['hairline', 'hairline'],
};

export function* strokes(word: string): Generator<Stroke> {
  for (const letter of word.toLowerCase()) {
    const plan = STROKES[letter];
    if (!plan) {
      throw new Error(`no stroke plan for '${letter}'`);
    }
    for (const [index, kind] of plan.entries()) {
      yield { letter, order: index + 1, kind };
    }
  }
}

export function strokeCount(word: string): number {
  let count = 0;
  for (const _ of strokes(word)) {
    count += 1;
  }
  return count;
}
