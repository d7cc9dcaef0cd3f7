import type { Limits, Rig } from './types.js';

// A twin line carries two riders side by side on one trolley each, so its limits are per rider and lower.
export const RIDER_LIMITS: Record<Rig, Limits> = {
  single: { minKg: 30, maxKg: 120 },
  twin: { minKg: 30, maxKg: 100 },
};

export function harnessSize(kg: number): 'S' | 'M' | 'L' {
  if (kg < 50) return 'S';
  if (kg < 90) return 'M';
  return 'L';
}
