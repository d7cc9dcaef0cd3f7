import { nights } from './dates';
import type { Dog, Size, Stay } from './types';

const NIGHTLY_PENCE: Record<Size, number> = { small: 2400, medium: 2900, large: 3600 };

export function sizeOf(weightKg: number): Size {
  if (weightKg < 10) return 'small';
  if (weightKg < 25) return 'medium';
  return 'large';
}

export function nightlyPence(dog: Dog): number {
  return NIGHTLY_PENCE[sizeOf(dog.weightKg)];
}

// From the eighth night on, every night is a fifth cheaper.
export function stayPence(stay: Stay): number {
  const count = nights(stay.arrive, stay.leave);
  const full = Math.min(count, 7);
  return full * nightlyPence(stay.dog) + Math.round((count - full) * nightlyPence(stay.dog) * 0.8);
}
