export interface Crew {
  boat: string;
  // Seat 1 (bow) first, stroke last.
  seats: string[];
  cox?: string;
}

export function eight(boat: string, seats: string[], cox: string): Crew {
  if (seats.length !== 8) throw new Error(`an eight needs 8 rowers, not ${seats.length}`);
  return { boat, seats: [...seats], cox };
}

export const stroke = (crew: Crew): string => crew.seats[crew.seats.length - 1];

// The crew with one seat changed, for a substitute; the crew it was made from stays as it was.
export function substitute(crew: Crew, seat: number, rower: string): Crew {
  if (seat < 1 || seat > crew.seats.length) throw new Error(`no seat ${seat} in ${crew.boat}`);
  const changed = { ...crew };
  changed.seats[seat - 1] = rower;
  return changed;
}

// Bow side rows the odd seats in a British crew, stroke side the even ones.
export function sides(crew: Crew): { bow: string[]; stroke: string[] } {
  return {
    bow: crew.seats.filter((_, i) => i % 2 === 0),
    stroke: crew.seats.filter((_, i) => i % 2 === 1),
  };
}
