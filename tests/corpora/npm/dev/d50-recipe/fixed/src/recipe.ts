import { formatQuantity, parseQuantity } from './quantity';
import type { Ingredient, Recipe, Unit } from './types';

const UNITS: readonly Unit[] = ['tsp', 'tbsp', 'cup', 'ml', 'l', 'g', 'kg', 'oz', 'lb'];
const SERVES = /^serves\s+(\d+)$/i;

// A recipe card: a title line, 'Serves N', then one ingredient a line ('1 1/2 cup flour', '2 eggs').
export function parseRecipe(text: string): Recipe {
  const [title = '', serves = '', ...lines] = text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);
  const match = SERVES.exec(serves);
  if (!title || !match) {
    throw new SyntaxError('a recipe starts with its title and a "Serves N" line');
  }
  return { title, servings: Number(match[1]), ingredients: lines.map(parseIngredient) };
}

export function parseIngredient(line: string): Ingredient {
  const words = line.split(/\s+/);
  const count = /^\d+\/\d+$/.test(words[1] ?? '') ? 2 : 1;
  const amount = parseQuantity(words.slice(0, count).join(' '));
  const unit = words[count] as Unit;
  if (UNITS.includes(unit)) {
    return { name: words.slice(count + 1).join(' '), amount, unit };
  }
  return { name: words.slice(count).join(' '), amount, unit: 'piece' };
}

export function formatIngredient(ingredient: Ingredient): string {
  const quantity = formatQuantity(ingredient.amount);
  return ingredient.unit === 'piece'
    ? `${quantity} ${ingredient.name}`
    : `${quantity} ${ingredient.unit} ${ingredient.name}`;
}
