import type { Show } from './types';

export function toMinutes(clock: string): number {
  const [hours, minutes] = clock.split(':').map(Number);
  return hours * 60 + minutes;
}

export function endOf(show: Show): number {
  return toMinutes(show.start) + show.minutes;
}

// Two shows in the dome clash when each starts before the other ends; the next may start the minute one ends.
export function clashes(a: Show, b: Show): boolean {
  return toMinutes(a.start) < endOf(b) && toMinutes(b.start) < endOf(a);
}

export function programme(shows: Show[]): Show[] {
  return [...shows].sort((a, b) => toMinutes(a.start) - toMinutes(b.start));
}
