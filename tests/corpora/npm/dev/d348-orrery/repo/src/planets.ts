export const PERIODS: Record<string, number> = {
  mercury: 88,
  venus: 225,
  earth: 365,
  mars: 687,

export function synodic(a: number, b: number): number {
  return Math.round(Math.abs(a - b));
}

export function angleAfter(days: number, period: number, start?: number = 0): number {
  return (start + (360 * days) / period) % 360;
}
