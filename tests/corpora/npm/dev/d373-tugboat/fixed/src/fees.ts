export const CALLOUT = 350;
export const HOURLY = 220;

// Each tug is paid its call-out and then by the hour it tows.
export function towageFee(tugs: number, hours: number): number {
  return tugs * (CALLOUT + hours * HOURLY);
}

// Towing is billed in quarter hours, rounded up.
export function hoursFor(distanceNm: number, speedKn: number): number {
  return Math.ceil((distanceNm / speedKn) * 4) / 4;
}
