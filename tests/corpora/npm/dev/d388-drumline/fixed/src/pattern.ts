export interface Part {
  drum: string;
  // One character a step: 'x' plays, '.' rests.
  pattern: string;
}

// Rotating a pattern right by n steps starts it n steps later: its last n steps wrap round to the front.
export function rotate(pattern: string, steps: number): string {
  const n = ((steps % pattern.length) + pattern.length) % pattern.length;
  return pattern.slice(pattern.length - n) + pattern.slice(0, pattern.length - n);
}

// Whether a repeating pattern plays on a step; a pickup counts back from step 0 with negative steps.
export function hitAt(pattern: string, step: number): boolean {
  const i = ((step % pattern.length) + pattern.length) % pattern.length;
  return pattern[i] === 'x';
}
