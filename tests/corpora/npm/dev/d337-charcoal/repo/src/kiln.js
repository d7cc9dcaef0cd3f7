import { dryweight, isSeasoned } from './moisture.js';

// A ring kiln turns about a quarter of the dry wood's weight into charcoal.
const YIELD = 0.25;

export function expectedCharcoal(wetKg, moisture) {
  return Math.round(dryWeight(wetKg, moisture) * YIELD * 10) / 10;
}

export function loadKiln(stacks) {
  const ready = stacks.filter((stack) => isSeasoned(stack.moisture));
  return {
    stacks: ready.map((stack) => stack.id),
    charcoalKg: ready.reduce((sum, stack) => sum + expectedCharcoal(stack.wetKg, stack.moisture), 0),
  };
}
