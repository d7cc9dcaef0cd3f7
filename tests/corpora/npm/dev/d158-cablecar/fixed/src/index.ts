import { fare } from './fares.js';
import { rideMinutes, station } from './route/line.js';
import type { Passenger, Reading } from './types.js';
import { lowestCelsius, speedFor } from './weather.js';

export { fare, lowestCelsius, rideMinutes, speedFor, station };
export type { Passenger, Reading };

export interface Trip {
  minutes: number;
  cents: number;
  warning: string | null;
}

export class CableCar {
  private readonly log: Trip[] = [];

  constructor(private readonly capacity: number) {}

  trip(from: string, to: string, passengers: Passenger[], windKmh: number, readings: Reading[] = []): Trip {
    if (passengers.length > this.capacity) {
      throw new Error(`the cabin takes ${this.capacity}, not ${passengers.length}`);
    }
    const speed = speedFor(windKmh);
    if (speed === null) {
      throw new Error('the line is closed for wind');
    }
    const minutes = rideMinutes(station(from), station(to), speed);
    const cents = passengers.reduce((sum, p) => sum + fare(minutes, p.child), 0);
    let warning: string | null = null;
    if (readings.length > 0) {
      const low = lowestCelsius(readings);
      if (low < 0) {
        warning = `frost: ${low} °C on the line`;
      }
    }
    const trip = { minutes, cents, warning };
    this.log.push(trip);
    return trip;
  }

  get takings(): number {
    return this.log.reduce((sum, trip) => sum + trip.cents, 0);
  }
}
