// Check-ins after a session: the next day, then after 3, 7, 14 and 28 days.
const GAPS = [1, 2, 4, 7, 14];

export function* aftercare(session: Date): Generator<Date> {
  const day = new Date(session);
  for (const gap of GAPS) {
    day.setUTCDate(day.getUTCDate() + gap);
    yield day;
  }
}

export function nextCheckIn(session: Date, today: Date): Date | undefined {
  for (const day of aftercare(session)) {
    if (day >= today) {
      return day;
    }
  }
  return undefined;
}
