// A pass runs for a calendar month: from the 31st it runs to the last day of a shorter month.
function daysIn(year: number, month: number): number {
  return new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
}

export function passEnds(startIso: string): string {
  const start = new Date(startIso);
  const [y, m, day] = [start.getUTCFullYear(), start.getUTCMonth(), start.getUTCDate()];
  const next = new Date(Date.UTC(y, m + 1, day));
  return next.toISOString().slice(0, 10);
}
