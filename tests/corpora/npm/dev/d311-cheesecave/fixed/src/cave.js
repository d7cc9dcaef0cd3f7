import { ageInDays, isReady, RECIPES } from './wheels.js';

export function sellable(shelf, today) {
  return shelf.wheels.length > 0 && shelf.wheels.every((wheel) => isReady(wheel, today));
}

export function turningList(shelf, today) {
  return shelf.wheels
    .filter((wheel) => ageInDays(wheel, today) % RECIPES[wheel.kind].turnEvery === 0)
    .map((wheel) => wheel.id);
}
