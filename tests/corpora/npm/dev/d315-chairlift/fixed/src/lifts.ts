export interface Lift {
  name: string;
  seats: number;
  cycleSec: number;
}

export const LIFTS: readonly Lift[] = Object.freeze([
  { name: 'Edelweiss', seats: 4, cycleSec: 12 },
  { name: 'Gams', seats: 6, cycleSec: 15 },
  { name: 'Nordhang', seats: 2, cycleSec: 9 },
]);

export function hourlyCapacity(lift: Lift): number {
  return Math.floor(3600 / lift.cycleSec) * lift.seats;
}

export function byCapacity(): Lift[] {
  return [...LIFTS].sort((a, b) => hourlyCapacity(b) - hourlyCapacity(a));
}
