export interface Gear {
  teeth: number;
}

export function ratio(driver: Gear, driven: Gear): number {
  return driver.teeth / driven.teeth;
}

export function turnsOf(driver: Gear, driven: Gear, driverTurns: number): number {
  return driverTurns / ratio(driver, driven);
}
