import type { Stay } from './types';

// A dog is boarded only if its vaccination is still valid on the day it goes home.
export function canBoard(stay: Stay): boolean {
  if (parseDay(stay.leave) <= parseDay(stay.arrive)) return false;
  return parseDay(stay.dog.vaccinatedUntil) >= parseDay(stay.arrive);
}
