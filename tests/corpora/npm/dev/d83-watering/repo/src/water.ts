import { interval } from './schedule';
import type { Plant } from './types';

// A watering is a quarter of the pot's volume, to the nearest 50 ml.
export function amountMl(plant: Plant): number {
  return Math.round((plant.potLitres * 250) / 50) * 50;
}

// Litres a week for all the plants, to one decimal: what the can must hold.
export function litresPerWeek(plants: Plant[], on: string): number {
  let ml = 0;
  for (const plant of plants) {
    ml += (amountMl(plant) * 7) / interval(plant);
  }
  return Math.round(ml / 100) / 10;
}
