// Departures are stamped in UTC; the peaks are 07:00-10:00 and 16:00-19:00.
export function departureHour(stamp: string): number {
  const at = new Date(stamp);
  return at.getUTCHours();
}

export function isPeak(stamp: string): boolean {
  const hour = departureHour(stamp);
  return (hour >= 7 && hour < 10) || (hour >= 16 && hour < 19);
}
