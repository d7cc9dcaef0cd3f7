import { Day, meanPerDay } from './counts';

export type Runs = Record<string, Day[]>;

function line(river: string, days: Day[]): string {
  return river + ': ' + str(meanPerDay(days)) + ' a day';
}

export function summary(runs: Runs): string[] {
  const lines: string[] = [];
  for (const [river, days] of runs) {
    lines.push(line(river, days));
  }
  return lines;
}

// A river's part of all the fish counted, in per cent to one decimal.
export function share(runs: Runs, river: string): number {
  const fishIn = (days: Day[]) => days.reduce((sum, day) => sum + (day.fish ?? 0), 0);
  const all = fishIn(Object.values(runs).flat());
  return Math.round((fishIn(runs[river]) / all) * 1000) / 10;
}
