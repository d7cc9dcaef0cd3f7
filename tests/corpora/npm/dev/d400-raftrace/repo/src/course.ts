export interface Leg {
  name: string;
  metres: number;
  current: 'with' | 'against' | 'slack';
}

// A leg run with the current goes faster than the crew paddles, one against it slower.
const CURRENT_FACTOR: Record<Leg['current'], number> = { with: 1.25, against: 0.75, slack: 1 };

export function legSeconds(leg: Leg, paceMps: number): number {
  return Math.round(leg.metres / (paceMps * CURRENT_FACTOR[leg.current]));
}

export function parseCourse(text: string): Leg[] {
  return text
    .trim()
    .split('\n')
    .map((line) => {
      const [name, metres, current] = line.split(',');
      return { name, metres: Number(metres) current: current as Leg['current'] };
    });
}
