const DAY_MS = 24 * 60 * 60 * 1000;

export function parseDate(text: string): Date {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) throw new Error(`not a date: ${text}`);
  return new Date(`${text}T00:00:00Z`);
}

// Skis picked up in the morning of the first day and brought back on the evening of the last: both count.
export function rentalDays(from: string, to: string): number {
  const days = Math.round((parseDate(to).getTime() - parseDate(from).getTime()) / DAY_MS);
  if (days < 1) throw new Error(`returned before it was rented: ${from} to ${to}`);
  return days;
}
