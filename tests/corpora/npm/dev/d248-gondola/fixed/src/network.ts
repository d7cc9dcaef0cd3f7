import { Line } from './cabins.js';

// Lines built to the resort's standard: a cabin every 36 m of cable.
export function standardLine(name: string, loopM: number): Line {
  return new Line(name, loopM, 36);
}

export function timetable(lines: Line[], speedMs: number): string[] {
  return lines.map((line) => `${line.name}: a cabin every ${line.intervalSeconds(speedMs)} s`);
}
