import { metresAbove, minutesOf, Tide } from './tides';

export interface Count {
  species: string;
  birds: number;
  at: string;
  zone: number;
}

export function parseCount(line: string): Count {
  const [species, birds, at, zone] = line.split(';').map((field) => field.trim());
  return { species, birds: Number(birds), at, zone: Number(zone) };
}

export function byZone(counts: Count[], zones: number): Count[][] {
  const lists = Array.from({ length: zones }, (): Count[] => []);
  for (const count of counts) lists[count.zone].push(count);
  return lists;
}

export function nearHighWater(counts: Count[], high: Tide, windowMin: number): Count[] {
  return counts.filter((count) => Math.abs(minutesOf(count.at) - minutesOf(high.time)) <= windowMin);
}

export function floodDepth(high: Tide, marshM: number): number {
  return metresAbove(high, marshM);
}
