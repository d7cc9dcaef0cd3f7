import { cureHours, saltGrams, type Cut } from './cure';
import { chipLoads, smokeHours } from './smoke';

export interface SmokePlan {
  salt: number;
  cure: number;
  smoke: number;
  loads: number;
}

export function planSmoke(cut: Cut): SmokePlan {
  const hours = smokeHours(cut);
  return { salt: saltGrams(cut), cure: cureHours(cut), smoke: hours, loads: chipLoads(hours) };
}
