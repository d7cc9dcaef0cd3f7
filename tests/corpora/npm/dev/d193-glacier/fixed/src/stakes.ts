import type { StakeReading } from './types';

// One reading a line: stake,date,exposed centimetres; a header line and blank lines are skipped.
export function parseReadings(csv: string): StakeReading[] {
  return csv
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line && !line.startsWith('stake,'))
    .map((line) => {
      const [stake, date, exposed] = line.split(',');
      const exposedCm = Number(exposed);
      if (!stake || !date || Number.isNaN(exposedCm)) throw new Error(`bad reading: ${line}`);
      return { stake, date, exposedCm };
    });
}

export function byStake(readings: StakeReading[]): Map<string, StakeReading[]> {
  const groups = new Map<string, StakeReading[]>();
  for (const reading of readings) {
    groups.set(reading.stake, [...(groups.get(reading.stake) ?? []), reading]);
  }
  return groups;
}
