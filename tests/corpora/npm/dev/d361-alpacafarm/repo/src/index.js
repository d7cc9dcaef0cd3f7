import * as herd from './herd.js';
import { dueForShearing, nextShearing } from './dates.js';
import { fleeceTotalKg, gradeFleece } from './shearing.js';

export function shearingList(animals, today) {
  return animals
    .filter((alpaca) => herd.isValidTag(alpaca.tag) && dueForShearing(new Date(alpaca.lastShorn), today))
    .map((alpaca) => alpaca.tag);
}

const isoDay = (date) => date.toISOString().slice(0, 10);

export function shearingCard(alpaca) {
  const next = nextShearing(alpaca.lastShorn);
  return { tag: alpaca.tag, last: isoDay(alpaca.lastShorn), next: isoDay(next) };
}

export { dueForShearing, fleeceTotalKg, gradeFleece, herd, monthsBetween, nextShearing };
