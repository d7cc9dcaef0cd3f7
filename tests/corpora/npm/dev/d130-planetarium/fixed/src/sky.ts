import type { Star } from './types';

// Pogson's scale: five magnitudes are a factor of 100 in brightness, and a larger magnitude is fainter.
export function brightnessRatio(fainter: number, brighter: number): number {
  return 100 ** ((fainter - brighter) / 5);
}

export function visible(stars: Star[], limit: number): string[] {
  return stars.filter((star) => star.magnitude <= limit).map((star) => star.name);
}
