export interface Booking {
  guest: string;
  bed: number;
  checkIn: Date;
  checkOut: Date;
}

const DAY_MS = 24 * 60 * 60 * 1000;

export function nights(booking: Booking): number {
  return Math.round((booking.checkOut.getTime() - booking.checkIn.getTime()) / DAY_MS);
}

// A guest who leaves in the morning frees the bed for one who arrives that afternoon.
export function overlaps(a: Booking, b: Booking): boolean {
  return a.bed === b.bed && a.checkIn <= b.checkOut && b.checkIn <= a.checkOut;
}
