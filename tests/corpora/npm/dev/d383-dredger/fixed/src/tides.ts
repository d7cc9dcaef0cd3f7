export interface TideHour {
  hour: number;
  heightM: number;
}

const TIDE_LINE = /^(\d{1,2}):00\s+(-?\d+(?:\.\d+)?)$/;

// A line of the harbour's tide table, such as '08:00 1.8'.
export function parseTide(line: string): TideHour {
  const match = TIDE_LINE.exec(line.trim());
  if (match === null) throw new Error(`bad tide line: ${line}`);
  const [, hour, height] = match;
  return { hour: Number(hour), heightM: Number(height) };
}

// Water the dredger keeps under its keel in a working berth.
export const UNDER_KEEL_M = 0.5;

// The hours the water over the bed floats the dredger with its clearance to spare.
export function workingHours(tides: TideHour[], bedDepthM: number, draftM: number): number[] {
  return tides.filter((tide) => bedDepthM + tide.heightM >= draftM + UNDER_KEEL_M).map((tide) => tide.hour);
}
