import type { Ticket } from './types.js';

const PENCE_PER_KM = { adult: 400, child: 200, resident: 120 } as const;

// The steeper lines cost more to run: a penny more per kilometre for every 10 m of climb per km.
export function fare({ route: { km, climbM }, passenger }: Ticket): number {
  const gradient = climbM / route.km / 10;
  return Math.round(km * (PENCE_PER_KM[passenger] + gradient));
}

export function receipt(ticket: Ticket): string {
  const { route } = ticket;
  return `${route.name} ${ticket.passenger} £${(fare(ticket) / 100).toFixed(2)}`;
}
