import { saltFromSodium } from './units';
import type { Ingredient, Nutrients } from './types';

const FIELDS = ['fat', 'carbs', 'sugars', 'protein', 'salt', 'sodium'];

// "rolled oats 80g: fat 7, carbs 58.7, sugars 1, protein 13.5, sodium 0.004"
export function parseIngredient(line: string): Ingredient {
  const match = /^(.+?)\s+(\d+(?:\.\d+)?)\s*g\s*:(.*)$/.exec(line.trim());
  if (!match) {
    throw new SyntaxError(`not an ingredient: '${line}'`);
  }
  const per100: Nutrients = { fat: 0, carbs: 0, sugars: 0, protein: 0, salt: 0 };
  for (const part of match[3].split(',')) {
    const [field, amount] = part.trim().split(/\s+/);
    if (!FIELDS.includes(field) || !/^\d+(\.\d+)?$/.test(amount ?? '')) {
      throw new SyntaxError(`not a nutrient: '${part.trim()}'`);
    }
    if (field === 'sodium') {
      per100.salt = saltFromSodium(Number(amount));
    } else {
      per100[field as keyof Nutrients] = Number(amount);
    }
  }
  return { name: match[1], grams: Number(match[2]), per100 };
}
