import { Temper, type HiveReport, type Inspection } from './types';
import { parseInspection } from './inspections';

const INTERVAL_DAYS = { [Temper.Calm]: 9, [Temper.Nervous]: 7, [Temper.Aggressive]: 5 };

export function nextDue(last: Inspection): Date {
  const days = INTERVAL_DAYS[last.temper];
  return new Date(Date.UTC(last.date.getUTCFullYear(), last.date.getUTCMonth(), last.date.getUTCDay() + days));
}

export function hiveReports(text: string): HiveReport[] {
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
      nextDue: nextDue(last).toISOString().slice(0, 10),
    };
  });
}
