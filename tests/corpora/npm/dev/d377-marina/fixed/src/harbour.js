import berthFor from './berths.js';
import { mooringFee, nightsBetween } from './fees.js';

export class Harbour {
  constructor(berths, { onFull = null } = {}) {
    this.berths = berths;
    this.onFull = onFull;
    this.moored = new Map();
  }

  taken() {
    return new Set([...this.moored.values()].map((stay) => stay.berth));
  }

  arrive(boat, date) {
    const berth = berthFor(boat.lengthM, this.berths, this.taken());
    if (berth === null) {
      this.onFull?.(boat);
      return null;
    }
    this.moored.set(boat.name, { berth, lengthM: boat.lengthM, arrival: date });
    return berth;
  }

  depart(name, date) {
    const stay = this.moored.get(name);
    this.moored.delete(name);
    const nights = nightsBetween(stay.arrival, date);
    return { name, berth: stay.berth, nights, fee: mooringFee(stay.lengthM, nights) };
  }
}
