import herd from './herd.js';
import { dueForShearing, monthsBetween } from './dates.js';
import { fleeceTotalKg, gradeFleece } from './shearing.js';

export function shearingList(animals, today) {
  return animals
    .filter((alpaca) => herd.isValidTag(alpaca.tag) && dueForShearing(new Date(alpaca.lastShorn), today))
    .map((alpaca) => alpaca.tag);
}

export { dueForShearing, fleeceTotalKg, gradeFleece, herd, monthsBetween };
