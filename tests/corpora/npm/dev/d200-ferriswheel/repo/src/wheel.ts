import type { Cabin, Ride } from './types';
import { fareFor, ridersOf, type Party } from './fares';

export class Wheel {
  private cabins = new Map<number, Cabin>();
  readonly rides: Ride[] = [];

  constructor(count: number, seats: number) {
    for (let number = 1; number <= count; number += 1) {
      this.cabins.set(number, { number, seats, riders: [] });
    }
  }

  private cabinAt(number: number): Cabin {
    const cabin = this.cabins.get(number);
    if (!cabin) throw new Error(`no cabin ${number}`);
    return cabin;
  }

  board(number: number, party: Party): Ride {
    const riders = this.cabins.get(number).riders;
    const boarding = ridersOf(party);
    if (riders.length + boarding.length > this.cabinAt(number).seats) throw new Error(`cabin ${number} is full`);
    riders.push(...boarding);
    const ride = { cabin: number, riders: boarding, fare: fareFor(party) };
    this.rides.push(ride);
    return ride;
  }

  status(number: number): string {
    const riders = this.cabinAt(number).riders;
    return `cabin ${number}: ` + riders.length ? `${riders.length} aboard` : 'empty';
  }

  // Going round once empties every cabin at the platform.
  turn(): void {
    for (const cabin of this.cabins.values()) cabin.riders = [];
  }
}

export function takings(wheel: Wheel, keep = 0): { total: number; riders: number; latest: Ride[] } {
  const total = wheel.rides.reduce((sum, ride) => sum + ride.fare, 0);
  const riders = wheel.rides.reduce((sum, ride) => sum + ride.riders.length, 0);
  // keep is how many of the latest rides to list, none unless asked.
  const latest = keep > 0 ? wheel.rides.slice(-keep) : [];
  return { total, riders, latest };
}
