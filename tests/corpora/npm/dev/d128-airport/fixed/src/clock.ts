const DAY = 24 * 60;

export function minutesOf(clock: string): number {
  const [hours, minutes] = clock.split(':').map(Number);
  return hours * 60 + minutes;
}

// Minutes from one clock time to the next time the clock shows another: an overnight gap wraps past midnight.
export function minutesBetween(from: string, to: string): number {
  return (minutesOf(to) - minutesOf(from) + DAY) % DAY;
}
