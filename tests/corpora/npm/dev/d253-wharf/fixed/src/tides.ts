export namespace Tide {
  export const UNDER_KEEL_M = 0.6;

  export function waterAt(chartDepthM: number, tideM: number): number {
    return Math.round((chartDepthM + tideM) * 10) / 10;
  }

  export function canBerth(draughtM: number, waterM: number): boolean {
    return Math.round((waterM - draughtM) * 10) / 10 >= UNDER_KEEL_M;
  }
}
