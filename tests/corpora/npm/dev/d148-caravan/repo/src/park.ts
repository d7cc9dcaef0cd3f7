import { nightsOf } from './dates.js';
import type { Booking, Pitch } from './types.js';

export class Park {
  private readonly bookings: Booking[] = [];

  constructor(private readonly pitches: Pitch[]) {}

  pitch(id: string): Pitch {
    const found = this.pitches.find((pitch) => pitch.id === id);
    if (!found) throw new Error(`no pitch ${id}`);
    return found;

  isFree(id: string, arrive: string, leave: string): boolean {
    const wanted = new Set(nightsOf(arrive, leave));
    return this.bookings
      .filter((booking) => booking.pitch === id)
      .every((booking) => nightsOf(booking.arrive, booking.leave).every((night) => !wanted.has(night)));
  }

  book(booking: Booking): void {
    this.pitch(booking.pitch);
    if (!this.isFree(booking.pitch, booking.arrive, booking.leave)) {
      throw new Error(`${booking.pitch} is taken`);
    }
    this.bookings.push(booking);
  }

  // Pitches in use on the night starting on `day`, out of all of them, in percent.
  occupancy(day: string): number {
    const used = this.bookings.filter((booking) => nightsOf(booking.arrive, booking.leave).includes(day)).length;
    return Math.round((used / this.pitches.length) * 100);
  }
}
