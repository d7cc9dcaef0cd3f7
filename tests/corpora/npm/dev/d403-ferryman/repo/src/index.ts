import { crossingsNeeded, faresFor, type Passenger } from './fares';
import { canCross, parseTides, type Tide } from './tides';

export { canCross, crossingsNeeded, fareFor, parseTides, type Passenger, type Tide };

const SEATS = 6;
const DRAUGHT_M = 0.8;

export interface Trip {
  crossings: number;
  takings: number;
}

export function trip(passengers: Passenger[], tideTable: string, hour: number): Trip | null {
  if (!canCross(parseTides(tideTable), hour, DRAUGHT_M)) {
    return null;
  }
  return { crossings: crossingsNeeded(passengers, SEATS), takings: fareFor(passengers) };
}
