const DAY = 86_400_000;

// Dates are ISO days (YYYY-MM-DD) counted in UTC, so no time zone moves them.
export function parseDay(iso: string): number {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(iso)) throw new Error(`not a date: ${iso}`);
  return Date.parse(`${iso}T00:00:00Z`) / DAY;
}

export function formatDay(day: number): string {
  return new Date(day * DAY).toISOString().slice(0, 10);
}

export function addDays(iso: string, days: number): string {
  return formatDay(parseDay(iso) + days);
}

export function daysBetween(from: string, to: string): number {
  return parseDay(to) - parseDay(from);
}

// The plants' winter rest: November to February.
export function isWinter(iso: string): boolean {
  const month = new Date(parseDay(iso) * DAY).getUTCMonth() + 1;
  return month >= 11 || month <= 2;
}
