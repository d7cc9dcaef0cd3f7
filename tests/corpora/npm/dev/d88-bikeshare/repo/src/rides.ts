import type { Ride } from './types.js';

const MINUTE = 60_000;

// 'B17 S1>S3 2026-05-04T08:00Z 2026-05-04T08:25Z member' (the last word is 'member' or 'casual').
export function parseRide(line: string): Ride {
  const [bike, route, start, end, kind] = line.trim().split(/\s+/);
  const [from, to] = (route ?? '').split('>');
  if (!to || !end || (kind !== 'member' && kind !== 'casual')) throw new Error(`cannot read ride: ${line.trim()}`);
  return { bike, from, to, start, end, member: kind === 'member' };
}

export function durationMinutes(ride: Ride): number {
  return Math.round((Date.parse(ride.end) - Date.parse(ride.start)) / MINUTE);
}
