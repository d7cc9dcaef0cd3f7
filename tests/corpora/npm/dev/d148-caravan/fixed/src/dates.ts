const DAY_MS = 24 * 60 * 60 * 1000;

// "2027-07-14" as a UTC midnight (months in a Date count from 0).
export function parseDay(text: string): number {
  const [year, month, day] = text.split('-').map(Number);
  return Date.UTC(year, month - 1, day);
}

export function formatDay(time: number): string {
  return new Date(time).toISOString().slice(0, 10);
}

// The nights of a stay, each named by the date it starts on.
export function nightsOf(arrive: string, leave: string): string[] {
  const nights: string[] = [];
  for (let time = parseDay(arrive); time < parseDay(leave); time += DAY_MS) {
    nights.push(formatDay(time));
  }
  return nights;
}

// Peak season: the school summer holidays, July and August.
export function isPeak(day: string): boolean {
  const month = new Date(parseDay(day)).getUTCMonth() + 1;
  return month === 7 || month === 8;
}
