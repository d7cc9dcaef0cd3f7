import { Line } from './lines.js';

export type CardKind = 'adult' | 'child' | 'senior';

export function loadLine(text: string): Line {
  return Line.fromTimetable(text);
}

// The line as the platform screens show it: its stops and the minutes end to end.
export function summary(line: Line): string {
  const legs = [...line.legs()];
  const stops = new Set<string>();
  for (const [from, to] of legs) stops.add(from).add(to);
  const minutes = Array.from(legs, ([, , leg]) => leg).reduce((sum, leg) => sum + leg, 0);
  return `${line.name}: ${stops.size} stops, ${minutes} min`;
}

// Fares by the minute, in pence, with the cards' discounts.
export function fare(minutes: number, kind: CardKind): number {
  const full = 120 + 15 * minutes;
  switch (kind) {
    case 'adult':
      return full;
    case 'child':
      return Math.round(full / 2);
    case 'senior':
      return minutes > 10 ? Math.round(full * 0.7) : 0;
  }
}
