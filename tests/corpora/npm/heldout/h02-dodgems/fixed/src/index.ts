import { byLane, Lane, type Car } from './cars';
import { isWeekend, slotMinutes } from './sessions';

export { Lane };
export type { Car };

const PENCE_PER_MINUTE = 50;
const WEEKEND_EXTRA = 100;

export function sessionPence(slot: string, isoDate: string): number {
  const base = slotMinutes(slot) * PENCE_PER_MINUTE;
  return isWeekend(isoDate) ? base + WEEKEND_EXTRA : base;
}

export function outerGrid(cars: Car[]): string[] {
  return byLane(cars, Lane.Outer).map((car) => `${car.colour} ${car.id}`);
}
