import { Temper, type HiveReport, type Inspection } from './types';
import { parseInspection } from './inspections';

export type Intervals = Partial<Record<Temper, number>>;

// Days until the next inspection, by the temper of the colony at the last one.
const DEFAULT_INTERVALS: Record<Temper, number> = { [Temper.Calm]: 9, [Temper.Nervous]: 7, [Temper.Aggressive]: 5 };

export function nextDue(last: Inspection, intervals: Intervals = {}): Date {
  const days = { ...intervals, ...DEFAULT_INTERVALS }[last.temper];
  return new Date(Date.UTC(last.date.getUTCFullYear(), last.date.getUTCMonth(), last.date.getUTCDate() + days));
}

export function hiveReports(text: string, intervals: Intervals = {}): HiveReport[] {
  const byHive = new Map<string, Inspection[]>();
  for (const line of text.trim().split('\n')) {
    const inspection = parseInspection(line);
    byHive.set(inspection.hive, [...(byHive.get(inspection.hive) ?? []), inspection]);
  }
  return [...byHive].map(([hive, list]) => {
    const sorted = list.sort((a, b) => a.date.getTime() - b.date.getTime());
    const last = sorted[sorted.length - 1];
    return {
      hive,
      inspections: sorted.length,
      broodTrend: last.broodFrames - sorted[0].broodFrames,
      temper: Temper[last.temper],
      nextDue: nextDue(last, intervals).toISOString().slice(0, 10),
    };
  });
}
