// A drone keeps this share of its charge in reserve for a safe landing.
export const RESERVE = 0.2;

export function flightMinutes(capacityMah: number, drawMa: number): number {
  return Math.floor(((capacityMah * (1 - RESERVE)) / drawMa) * 60);
}

// A delivery flies out to the drop and back to the pad at cruise speed.
export function canReach(distanceKm: number, speedKmh: number, minutes: number): boolean {
  const neededMin = (distanceKm / speedKmh) * 60;
  return neededMin <= minutes;
}
