import { formatIngredient } from './recipe';
import type { Recipe } from './types';
import { toMetric } from './units';

export function scaleRecipe(recipe: Recipe, servings: number): Recipe {
  if (!Number.isInteger(servings) || servings < 1) {
    throw new RangeError(`cannot cook for ${servings}`);
  }
  const factor = servings / recipe.servings;
  return {
    ...recipe,
    servings,
    ingredients: recipe.ingredients.map((ingredient) => Object.assign({}, ingredient, { amount: ingredient.amount * factor })),
  };
}

export function metricRecipe(recipe: Recipe): Recipe {
  return { ...recipe, ingredients: recipe.ingredients.map((i) => ({ ...i, ...toMetric(i.amount, i.unit) })) };
}

export function shoppingList(recipe: Recipe): string[] {
  return recipe.ingredients.map(formatIngredient);
}
