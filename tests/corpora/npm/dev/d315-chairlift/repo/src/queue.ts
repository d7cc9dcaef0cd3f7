import { hourlyCapacity, type Lift } from './lifts';

export function waitMinutes(lift: Lift, waiting: number): number {
  return Math.ceil((waiting / hourlyCapacity(lift)) * 60);
}

export function shortestWait(lifts: readonly Lift[], queues: Record<string, number>): string {
  let best = lifts[0];
  for (const lift of lifts) {
    if (waitMinutes(lift, queues[lift.name]) < waitMinutes(best, queues[best.name])) best = lift;
  }
  return best.name;
}
