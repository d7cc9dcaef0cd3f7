export const PERIODS: Record<string, number> = {
  mercury: 88,
  venus: 225,
  earth: 365,
  mars: 687,
};

export function synodic(a: number, b: number): number {
  return Math.round(1 / Math.abs(1 / a - 1 / b));
}

export function angleAfter(days: number, period: number, start = 0): number {
  return (start + (360 * days) / period) % 360;
}
