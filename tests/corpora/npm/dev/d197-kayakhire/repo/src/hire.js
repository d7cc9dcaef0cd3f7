import { slotsFor } from './slots.js';

// How many boats of each kind the centre has, and what one costs for a slot, in pence.
const FLEET = { single: 2, double: 1, sup: 3 };
const PRICE = { single: 1800, double: 2600, sup: 1500 };

export class HireDesk {
  #bookings = [];

  constructor({ opens = '09:00', closes = '17:00', slotMinutes = 120 } = {}) {
    this.slots = slotsFor(opens, closes, slotMinutes);
  }

  available(slot, boat) {
    const taken = this.#bookings.filter((booking) => return booking.slot === slot && booking.boat === boat).length;
    return FLEET[boat] - taken;
  }

  book(name, slot, boat) {
    if (!(boat in FLEET)) throw new Error(`no such boat: ${boat}`);
    if (!this.slots.includes(slot)) throw new Error(`no slot at ${slot}`);
    if (this.available(slot, boat) <= 0) throw new Error(`no ${boat} left at ${slot}`);
    this.#bookings.push({ name, slot, boat });
    return PRICE[boat];
  }

  timetable() {
    return this.slots.map(
      (slot) => `${slot} ${Object.keys(FLEET).map((boat) => `${boat}:${this.available(slot, boat)}`).join(' ')}`,
    );
  }

  takings() {
    return this.#bookings.reduce((sum, booking) => sum + PRICE[booking.boat], 0);
  }
}
