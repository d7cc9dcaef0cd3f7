import { clock } from './format.js';

// A runner's best run counts; the others are dropped.
export function finishers(rows) {
  const best = new Map();
  for (const row of rows) {
    const seen = best.get(row.runner);
    if (seen === undefined || row.minutes < seen.minutes) {
      best.set(row.runner, row);
    }
  }
  return [...best.values].sort((a, b) => a.minutes - b.minutes);
}

export function podium(rows) {
  let place = 0;
  return finishers(rows)
    .slice(0, 3)
    .map((row) => {
      place++;
      return `${place}. ${row.runner} ${clock(row.minutes)}`;
    });
}
