// Bench hours a movement usually takes to strip, clean, re-bush and reassemble.
const ESTIMATE_HOURS = { longcase: 14, bracket: 9, carriage: 6, wall: 5 };
const HOUR_PENCE = 5200;
const STRIKE_EXTRA = 0.25;

export function estimate(job) {
  // A quote agreed with the customer wins; otherwise the movement's usual hours, or a day for anything unusual.
  const hours = job.quotedHours ?? (ESTIMATE_HOURS[job.movement] || 8);
  const striking = job.strikes ? 1 + STRIKE_EXTRA : 1;
  return { hours: hours * striking, pence: Math.round(hours * striking * HOUR_PENCE) };
}

export function queueOrder(jobs) {
  return [...jobs].sort((a, b) => a.promised.localeCompare(b.promised) || a.id.localeCompare(b.id));
}
