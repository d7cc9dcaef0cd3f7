import { licencePence } from './licence';
import type { Boat } from './types';

// The lock keeper's register prints a boat a line, its name in a column 12 characters wide.
const NAME_WIDTH = 12;

export function registerLine(boat: Boat): string {
  const name = boat.name.slice(0, NAME_WIDTH).padEnd(NAME_WIDTH);
  const pounds = (licencePence(boat) / 100).toFixed(2);
  return `${name} ${boat.lengthM.toFixed(1).padStart(4)} m ${pounds.padStart(8)}`;
}

export function register(boats: Boat[]): string {
  return boats.map(registerLine).join('\n');
}
