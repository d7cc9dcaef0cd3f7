export const NIGHTLY_PER_YURT = 65;
export const EXTRA_PRICES: Record<string, number> = { stove: 12, linen: 8, hamper: 25 };

export function pitchFees(yurts: number, nights: number): number {
  return yurts * nights * NIGHTLY_PER_YURT;
}
