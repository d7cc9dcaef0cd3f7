import type { Arrival, Checkpoint } from './types';

// A team slows a little every hour it runs: its speed is multiplied by FATIGUE per hour on the trail.
const FATIGUE = 0.9;

export function speedAfter(baseKmh: number, hours: number): number {
  return baseKmh * FATIGUE ** hours;
}

export function clock(minutes: number): string {
  const day = Math.floor(minutes / 1440);
  const rest = minutes % 1440;
  const hh = String(Math.floor(rest / 60)).padStart(2, '0');
  const mm = String(Math.round(rest % 60)).padStart(2, '0');
  return day > 0 ? `day ${day + 1} ${hh}:${mm}` : `${hh}:${mm}`;
}

// Plans each checkpoint's arrival and departure from a start time, running each leg at the speed the team has
// after the hours it has already run (whole hours, as mushers plan).
export function plan(checkpoints: Checkpoint[], baseKmh: number, startMinutes: number): Arrival[] {
  let now = startMinutes;
  let lastKm = 0;
  let running = 0;
  const arrivals: Arrival[] = [];
  for (const checkpoint of checkpoints) {
    const speed = speedAfter(baseKmh, Math.floor(running / 60));
    const legMinutes = Math.round(((checkpoint.km - lastKm) / speed) * 60);
    now += legMinutes;
    running += legMinutes;
    const arrive = clock(now);
    now += checkpoint.restMinutes;
    arrivals.push({ checkpoint: checkpoint.name, arrive, depart: clock(now) });
    lastKm = checkpoint.km;
  }
  return arrivals;
}
