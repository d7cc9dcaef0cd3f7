const DAY_MS = 24 * 60 * 60 * 1000;

export function parseDay(iso: string): Date {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(iso)) throw new Error(`bad date: ${iso}`);
  return new Date(`${iso}T00:00:00Z`);
}

export function nights(arrive: string, leave: string): number {
  return Math.round((parseDay(leave).getTime() - parseDay(arrive).getTime()) / DAY_MS);
}
