const DAY_MS = 24 * 60 * 60 * 1000;

export function addDays(iso: string, days: number): string {
  const date = new Date(`${iso}T00:00:00Z`);
  return new Date(date.getTime() + days * DAY_MS).toISOString().slice(0, 10);
}

// Meetings every `everyDays` from the first, moved a week on when they fall on a holiday.
export function meetings(first: string, count: number, everyDays: number, holidays: Set<string>): string[] {
  const out: string[] = [];
  let next = first;
  while (out.length < count) {
    if (holidays.includes(next)) next = addDays(next, 7);
    out.push(next);
    next = addDays(next, everyDays);
  }
  return out;
}
