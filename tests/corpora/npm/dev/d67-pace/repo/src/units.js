const METRES = { m: 1, km: 1000, mi: 1609.344 };

// Race names as distances in metres.
const RACES = { '5k': 5000, '10k': 10000, half: 21097.5, marathon: 42195 };

export function metres(unit) {
  if (!Object.hasOwn(METRES, unit)) {
    throw new RangeError(`unknown unit: '${unit}'`);
  }
  return METRES[unit];
}

export function raceMetres(race) {
  if (!Object.hasOwn(RACES, race)) {
    throw new RangeError(`unknown race: '${race}'`);
  }
  return RACES[race];
}
