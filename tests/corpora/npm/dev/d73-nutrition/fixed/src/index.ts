export { parseIngredient } from './ingredients';
export { kcal, label, light, percentRI, perServing } from './label';
export { round, sum } from './math';
export { kilojoules, saltFromSodium } from './units';
export type { Ingredient, Light, Nutrients } from './types';
