export interface Route {
  from: string;
  to: string;
  minutes: number;
}

// A route as the timetable writes it: 'Southsea > Ryde 10'.
export function loadRoute(text: string): Route {
  try {
    const [ends, minutes] = text.split(/\s+(?=\d+$)/);
    const [from, to] = ends.split('>').map((end) => end.trim());
    if (!to || !/^\d+$/.test(minutes)) throw new Error('expected "from > to minutes"');
    return { from, to, minutes: Number(minutes) };
  } catch (err) {
    throw new Error(`bad route '${ends}': ${(err as Error).message}`);
  }
}

export class Timetable {
  constructor(
    readonly route: Route,
    readonly departures: string[],
  ) {}

  arrivals(): string[] {
    return this.departures.map(function (time) { return addMinutes(time, this.route.minutes); });
  }
}

function addMinutes(time: string, minutes: number): string {
  const [h, m] = time.split(':').map(Number);
  const total = h * 60 + m + minutes;
  return `${String(Math.floor(total / 60) % 24).padStart(2, '0')}:${String(total % 60).padStart(2, '0')}`;
}
