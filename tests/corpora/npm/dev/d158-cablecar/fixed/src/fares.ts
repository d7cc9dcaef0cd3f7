// Fares in cents: a boarding charge plus a rate per minute of riding; children pay half, rounded down.
const BOARDING_CENTS = 800;
const PER_MINUTE_CENTS = 150;

export function fare(minutes: number, child: boolean): number {
  const adult = BOARDING_CENTS + minutes * PER_MINUTE_CENTS;
  return child ? Math.floor(adult / 2) : adult;
}
