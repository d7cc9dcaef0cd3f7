// The standard cabin, which the lift's licence is written for.
export const DEFAULT_CABIN = { seats: 8, emptyKg: 640 };
export type Cabin = typeof DEFAULT_CABIN;

const RIDER_KG = 80;

export function loadKg(cabin: DEFAULT_CABIN, riders: number): number {
  if (riders > cabin.seats) throw new Error(`${riders} riders in ${cabin.seats} seats`);
  return cabin.emptyKg + riders * RIDER_KG;
}

export interface Tally {
  trips: number;
  riders: number;
}

const EMPTY: Tally = { trips: 0, riders: 0 };

// The day's count of trips and riders, from the list of cabin departures.
export function tally(departures: number[]): Tally {
  return departures.reduce((sum, riders) => {
    sum.trips += 1;
    sum.riders += riders;
    return sum;
  }, EMPTY);
}
