import { overlaps, type Booking } from './booking';

export function canBook(existing: Booking[], wanted: Booking): boolean {
  return !existing.some((booking) => overlaps(booking, wanted));
}

export function freeBeds(existing: Booking[], beds: number, on: Date): number[] {
  const taken = new Set(
    existing.filter((b) => b.checkIn <= on && on < b.checkOut).map((b) => b.bed),
  );
  const free: number[] = [];
  for (let bed = 1; bed <= beds; bed += 1) {
    if (!taken.has(bed)) free.push(bed);
  }
  return free;
}

export function guestIn(existing: Booking[], bed: number, on: Date): string | null {
  return existing.find((b) => b.bed === bed && b.checkIn <= on && on < b.checkOut)?.guest ?? null;
}
