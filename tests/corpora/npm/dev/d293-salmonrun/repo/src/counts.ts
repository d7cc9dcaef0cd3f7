export interface Day {
  date: string;
  // null when nobody read the counter at the weir that day
  fish: number | null;
}

export function meanPerDay(days: Day[]): number {
  const counted = days.filter((day) => day.fish !== null);
  const total = counted.reduce((sum, day) => sum + (day.fish ?? 0), 0);
  return Math.round(total / days.length);
}

export function busiest(days: Day[]): string {
  const best = days.reduce((top, day) => ((day.fish ?? 0) > (top.fish ?? 0) ? day : top));
  return best.date;
}
