import { Barrel, fillChain } from './barrels';
import { litresFrom, weeklyRainMm, type Roof } from './roof';

export { Barrel, fillChain, litresFrom, weeklyRainMm, type Roof };

export function storedL(barrels: Barrel[]): number[] {
  return barrels.map((barrel: Barrel) => barrel.level);
}

export function collectWeek(roof: Roof, barrels: Barrel[], readings: string): number {
  return fillChain(barrels, litresFrom(roof, weeklyRainMm(readings)));
}
