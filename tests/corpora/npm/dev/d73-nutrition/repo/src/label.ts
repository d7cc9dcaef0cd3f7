import { round, sum } from './maths';
import { kilojoules } from './units';
import type { Ingredient, Light, Nutrients } from './types';

// Reference intakes of an adult for a day (EU labelling).
const RI = { energy: 2000, fat: 70, sugars: 90, protein: 50, salt: 6 };

// Per 100 g: at most the first is low (green), above the second is high (red).
const LIGHTS: Record<'fat' | 'sugars' | 'salt', [number, number]> = {
  fat: [3, 17.5],
  sugars: [5, 22.5],
  salt: [0.3, 1.5],
};

export function kcal(n: Nutrients): number {
  return 4 * n.fat + 4 * n.carbs + 9 * n.protein;
}

// What a serving holds when the recipe is cut into `servings` equal parts.
export function perServing(recipe: Ingredient[], servings: number): Nutrients {
  const total = (field: keyof Nutrients) => sum(recipe.map((item) => (item.per100[field] * item.grams) / 100));
  return {
    fat: total('fat') / servings,
    carbs: total('carbs') / servings,
    sugars: total('sugars') / servings,
    protein: total('protein') / servings,
    salt: total('salt') / servings,
  };
}

export function percentRI(key: keyof typeof RI, amount: number): number {
  return Math.round((amount / RI[key]) * 100);
}

export function light(key: keyof typeof LIGHTS, per100: number): Light {
  const [low, high] = LIGHTS[key];
  return per100 <= low ? 'green' : per100 > high ? 'red' : 'amber';
}

// The label of one serving: amounts to one decimal, energy in kcal and kJ, and the % of the reference intake.
export function label(recipe: Ingredient[], servings: number): string[] {
  const serving = perServing(recipe, servings);
  const energy = Math.round(kcal(serving));
  const lines = [`Energy ${kilojoules(energy)} kJ / ${energy} kcal (${percentRI('energy', energy)}%)`];
  for (const key of ['fat', 'sugars', 'protein', 'salt'] as const) {
    const amount = round(serving[key], 1);
    lines.push(`${key[0].toUpperCase()}${key.slice(1)} ${amount} g (${percentRI(serving[key], key)}%)`);
  }
  return lines;
}
