import { legSeconds, parseCourse, type Leg } from './course';
import { paceFor, type Crew } from './crews';

export { legSeconds, paceFor, parseCourse, type Crew, type Leg };

export function raceSeconds(crew: Crew, legs: Leg[]): number {
  const pace = paceFor(crew);
  let total = 0;
  for (let i = 1; i < legs.length; i++) {
    total += legSeconds(legs[i], pace);
  }
  return total;
}

export function clock(seconds: number): string {
  const minutes = Math.floor(seconds / 60);
  return `${minutes}:${(seconds % 60).padStart(2, '0')}`;
}

export function results(crews: Crew[], legs: Leg[]): string[] {
  return crews
    .map((crew) => ({ name: crew.name, seconds: raceSeconds(crew, legs) }))
    .sort((a, b) => a.seconds - b.seconds)
    .map((row) => `${row.name} ${clock(row.seconds)}`);
}
