import { createRequire } from 'node:module';

// The marina's plan is a JSON file beside this module, which a require made for this module reads as it is.
const require = createRequire(import.meta.dirname);
const PLAN = require('./plan.json');

// A visiting boat the harbour has no berth for, told apart from every berth code.
export const UNASSIGNED = Symbol();

// A berth's code is its pontoon's letter and its number written together, as on the pontoon's sign: C12.
export function berthCode(letter, number) {
  return `${letter}${number}`;
}

// The harbour's list of visiting boats, each boat once, the latest arrival last.
export function logArrival(visitors, boat) {
  return [...new Set([...visitors, boat])];
}

// The first free berth, pontoon by pontoon, on a pontoon whose berths are long enough for the boat.
export function assignBerth(boat, taken) {
  for (const pontoon of PLAN.pontoons) {
    if (pontoon.maxLengthM < boat.lengthM) continue;
    for (let number = 1; number <= pontoon.berths; number += 1) {
      const code = berthCode(pontoon.letter, number);
      if (!taken.has(code)) return code;
    }
  }
  return UNASSIGNED;
}
