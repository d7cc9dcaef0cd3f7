import { Flow, type Reading } from './types.js';

export function flowOf(reading: Reading): Flow {
  if (reading.litresPerMinute === 0) return Flow.Dry;
  if (reading.litresPerMinute < 2) return Flow.Trickle;
  if (reading.litresPerMinute < 10) return Flow.Steady;
  return Flow.Gushing;
}

// How many readings fall in each kind of flow, from Dry to Gushing, every kind listed.
export function tally(readings: Reading[]): number[] {
  const kinds = Object.values(Flow);
  return kinds.map((kind) => readings.filter((reading) => flowOf(reading) === kind).length);
}
