import type { Reading } from './types';

export function hourOfDay(at: string): number {
  const hour = Number(at.slice(11, 13));
  if (!/^\d{4}-\d\d-\d\dT\d\d:\d\d$/.test(at) || hour > 23) throw new Error(`bad reading time: ${at}`);
  return hour;
}

// What was used between two consecutive readings, counted in the hour the interval starts.
export function usage(readings: Reading[]): { hour: number; kwh: number }[] {
  const sorted = [...readings].sort((a, b) => a.at.localeCompare(b.at));
  const out: { hour: number; kwh: number }[] = [];
  for (let i = 1; i < sorted.length; i++) {
    const used = sorted[i].kwh - sorted[i - 1].kwh;
    if (used < 0) throw new Error(`the meter went backwards at ${sorted[i].at}`);
    out.push({ hour: hourOfDay(sorted[i - 1].at), kwh: Math.round(used * 1000) / 1000 });
  }
  return out;
}
