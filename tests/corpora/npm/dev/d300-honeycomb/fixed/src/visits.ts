import type { Hive } from './hive';

export const INTERVAL_DAYS = 9;
const DAY_MS = 86_400_000;

const day = (date: Date): string => date.toISOString().slice(0, 10);

export function nextVisit(hive: Hive): string {
  const last = hive.latest;
  if (!last) return 'now';
  return day(new Date(last.on.getTime() + INTERVAL_DAYS * DAY_MS));
}

export function summary(hive: Hive): string {
  return hive.inspections
    .map((i) => `#${i.number} ${day(i.on)}: ${i.broodFrames} brood, ${i.honeyKg} kg`)
    .join('\n');
}
