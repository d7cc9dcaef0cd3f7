import type { Rates } from './types';

// Pence saved by a day's kWh: the share used at home is not bought, the rest is sold.
export function dailySavings(kwh: number, rates: Rates, selfUse: number): number {
  const used = kwh * selfUse;
  return Math.round(used * rates.importPence + (kwh - used) * rates.exportPence);
}

// Years until the savings pay for the installation (cost in pounds), to one decimal, rounded up.
export function paybackYears(costPounds: number, yearlySavingsPence: number): number {
  if (yearlySavingsPence <= 0) return Infinity;
  return Math.ceil((costPounds / yearlySavingsPence) * 10) / 10;
}
