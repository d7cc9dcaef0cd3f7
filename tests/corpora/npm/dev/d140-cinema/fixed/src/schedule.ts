import { formatClock, toMinutes } from './clock';
import type { Showing } from './types';

// Trailers and adverts run before the film; the screen is cleaned after it.
const TRAILERS_MIN = 20;
const CLEANING_MIN = 15;

export function filmStarts(showing: Showing): string {
  return formatClock(toMinutes(showing.start) + TRAILERS_MIN);
}

export function endsAt(showing: Showing): string {
  return formatClock(toMinutes(showing.start) + TRAILERS_MIN + showing.runtimeMin);
}

export function nextShowing(showings: Showing[], film: string, now: string): Showing | undefined {
  const later = showings
    .filter((showing) => showing.film === film && toMinutes(showing.start) >= toMinutes(now))
    .sort((a, b) => toMinutes(a.start) - toMinutes(b.start));
  return later[0];
}

export function screenClashes(showings: Showing[]): string[] {
  const clashes: string[] = [];
  for (const a of showings) {
    for (const b of showings) {
      if (a === b || a.screen !== b.screen || toMinutes(a.start) > toMinutes(b.start)) continue;
      const free = toMinutes(a.start) + TRAILERS_MIN + a.runtimeMin + CLEANING_MIN;
      if (free > toMinutes(b.start)) clashes.push(`${a.film} / ${b.film}`);
    }
  }
  return clashes;
}
