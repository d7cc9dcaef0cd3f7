import { setTimeout as sleep } from 'node:timers/promises';

let benchBusy = false;

// A line of the bench log: the hour since the clock was set, then its offset from the regulator, e.g. '48 +12.5s'.
export function parseReading(line) {
  const [hour, offset] = line.trim().split(/\s+/);
  return { raw: line, hour: Number(hour), offsetSeconds: Number(offset.replace(/s$/, '')) };
}

// Seconds gained (or lost, negative) per day between the first and the last reading.
export function ratePerDay(readings) {
  for (const reading of readings) {
    if (!Number.isFinite(reading.offsetSeconds)) throw new Error(`not a reading: ${reading.raw}`);
  }
  const first = readings[0];
  const last = readings[readings.length - 1];
  const days = (last.hour - first.hour) / 24;
  return Math.round(((last.offsetSeconds - first.offsetSeconds) / days) * 10) / 10;
}

// One clock at a time on the bench; it settles for a moment before its log is read.
export async function timeOnBench(clock, settleMs = 0) {
  if (benchBusy) throw new Error('the bench is in use');
  benchBusy = true;
  try {
    await sleep(settleMs);
    return { id: clock.id, rate: ratePerDay(clock.log.map(parseReading)) };
  } finally {
    benchBusy = false;
  }
}
