// Racers go in heats of HEAT_SIZE, in the order they signed up.
export const HEAT_SIZE = 4;

export function heatsFor(entrants) {
  const heats = [];
  for (let start = 0; start < entrants.length; start += HEAT_SIZE) {
    heats.push(entrants.slice(start, start + HEAT_SIZE));
  }
  return heats;
}

export function heatWinners(results, places) {
  return [...results].sort((first, second) => first.seconds - second.seconds).slice(0, places);
}
