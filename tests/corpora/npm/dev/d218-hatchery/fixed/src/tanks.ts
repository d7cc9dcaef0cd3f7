import { Stage } from './types.js';
import type { Keeper, Tank } from './types.js';

// Eggs and alevins live off their yolk sacs; fry and smolts are fed a share of their body weight a day.
const DAILY_RATION: Record<Stage, number> = {
  [Stage.Egg]: 0,
  [Stage.Alevin]: 0,
  [Stage.Fry]: 0.04,
  [Stage.Smolt]: 0.02,
};

export function rationGrams(tank: Tank): number {
  return Math.round(tank.count * tank.avgGrams * DAILY_RATION[tank.stage]);
}

export function largest<T>(items: T[], size: (item: T) => number): T | undefined {
  let best: T | undefined;
  for (const item of items) {
    if (best === undefined || size(item) > size(best)) best = item;
  }
  return best;
}

// The rota names tanks by id; ids the hatchery no longer has are left out.
export function tanksOnRota(tanks: Tank[], ids: string[]): Tank[] {
  return ids.map((id) => tanks.find((tank) => tank.id === id)).filter((tank) => tank !== undefined);
}

export function keeperName(keeper: Keeper): string {
  return [keeper.first, keeper.middle, keeper.last].filter((part) => part !== undefined).join(' ');
}
