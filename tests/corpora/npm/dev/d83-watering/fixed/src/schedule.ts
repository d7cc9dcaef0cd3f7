import { addDays, daysBetween, isWinter } from './dates';
import type { Plant } from './types';

// Resting plants go twice as long between waterings; the season of the last watering decides.
export function interval(plant: Plant, on: string): number {
  return isWinter(on) ? plant.everyDays * 2 : plant.everyDays;
}

export function nextWatering(plant: Plant): string {
  return addDays(plant.lastWatered, interval(plant, plant.lastWatered));
}

export function overdue(plant: Plant, today: string): number {
  return Math.max(0, daysBetween(nextWatering(plant), today));
}

// The plants to water today, the longest overdue first.
export function dueToday(plants: Plant[], today: string): string[] {
  return plants
    .filter((plant) => daysBetween(nextWatering(plant), today) >= 0)
    .sort((a, b) => overdue(b, today) - overdue(a, today) || a.name.localeCompare(b.name))
    .map((plant) => plant.name);
}
