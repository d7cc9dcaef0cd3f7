export const FARES = { adult: 4, child: 2, bike: 1.5 };

export type Passenger = keyof typeof FARES;

export function fareFor(passengers: Passenger[]): number {
  return passengers.reduce((sum, passenger) => sum + FARES[passenger], 0);
}

export function crossingsNeeded(people: number, seats: number): number {
  return Math.ceil(people / seats);
}
