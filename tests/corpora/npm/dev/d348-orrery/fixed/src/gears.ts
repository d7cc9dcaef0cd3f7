export interface Gear {
  teeth: number;
}

export function ratio(driver: Gear, driven: Gear): number {
  return driven.teeth / driver.teeth;
}

export function turnsOf(driver: Gear, driven: Gear, driverTurns: number): number {
  return driverTurns / ratio(driver, driven);
}
