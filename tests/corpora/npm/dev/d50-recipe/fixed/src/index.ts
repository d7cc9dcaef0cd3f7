export { formatQuantity, parseQuantity } from './quantity';
export { formatIngredient, parseIngredient, parseRecipe } from './recipe';
export { metricRecipe, scaleRecipe, shoppingList } from './scale';
export type { Ingredient, Recipe, Unit } from './types';
export { convert, kindOf, toMetric } from './units';
