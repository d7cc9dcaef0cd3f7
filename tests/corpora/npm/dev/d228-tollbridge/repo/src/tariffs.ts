import { Vehicle } from './types.js';
import type { Crossing } from './types.js';

export const TARIFF_PENCE: Record<Vehicle, number> = {
  [Vehicle.Motorbike]: 100,
  [Vehicle.Car]: 200,
  [Vehicle.Van]: 350,
  [Vehicle.Lorry]: 600,
};

// A lorry pays its tariff for two axles and a supplement for every axle beyond them.
export const AXLE_PENCE = 150;

export const tolls = {
  single(crossing: Crossing): number {
    const base = TARIFF_PENCE[crossing.vehicle];
    if (crossing.vehicle !== Vehicle.Lorry) return base;
    return base + Math.max(0, crossing.axles - 2) * AXLE_PENCE;

  daily(crossings: Crossing[]): number {
    return crossings.reduce((sum, crossing) => sum + tolls.single(crossing), 0);
  },
};
