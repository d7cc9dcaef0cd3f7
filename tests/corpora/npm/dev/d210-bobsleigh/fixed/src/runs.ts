import { parseSled } from './teams';
import type { Run, Sled, Standing } from './types';

// A line of the timing sheet reads "team; sled; heat; seconds".
export function parseRun(line: string): Run {
  const [team, sled, heat, time] = line.split(';').map((part) => part.trim());
  const seconds = Number(time);
  if (Number.isNaN(seconds)) throw new Error(`no time for ${team}: ${time}`);
  return { team, sled: parseSled(sled), heat: Number(heat), seconds };
}

// A crew's total is the sum of its heats in one sled class; the lowest total leads.
export function standings(runs: Run[], sled: Sled): Standing[] {
  const totals = new Map<string, number>();
  for (const run of runs.filter((r) => r.sled === sled)) {
    totals.set(run.team, (totals.get(run.team) ?? 0) + run.seconds);
  }
  return [...totals]
    .map(([team, total]) => ({ team, total: Math.round(total * 100) / 100 }))
    .sort((a, b) => a.total - b.total);
}
