const DAY_MS = 86_400_000;

export function parseDay(iso: string): Date {
  const day = new Date(`${iso}T00:00:00Z`);
  if (Number.isNaN(day.getTime())) throw new Error(`not a date: ${iso}`);
  return day;
}

// A named function expression, so that stack traces name it.
export const formatDay = function isoDay(day: Date): string {
  return day.toISOString().slice(0, 10);
};

export function daysBetween(from: Date, to: Date): number {
  return Math.round((to.getTime() - from.getTime()) / DAY_MS);
}

export function addWeeks(from: Date, weeks: number): Date {
  const next = new Date(from.getTime());
  next.setUTCDate(next.getUTCDate() + weeks * 7);
  return next;
}

// The stakes are read from the day the field season opens until the weeks of the season are over.
export function fieldSeason(opens: string, weeks: number): { opens: string; closes: string; days: number } {
  const start = parseDay(opens);
  const end = addWeeks(start, weeks);
  return { opens: formatDay(start), closes: formatDay(end), days: daysBetween(start, end) };
}
