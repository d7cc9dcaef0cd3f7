import { describe, expect, it } from 'vitest';
import {
  convert,
  formatQuantity,
  kindOf,
  metricRecipe,
  parseIngredient,
  parseQuantity,
  parseRecipe,
  scaleRecipe,
  shoppingList,
  toMetric,
} from '../src/index';

const CARD = `
  Pancakes
  Serves 4
  1 1/2 cup flour
  3 1/2 tsp baking powder
  1 tbsp sugar
  1 1/4 cup milk
  2 eggs
  3 tbsp butter
`;

describe('quantities', () => {
  it('parses whole, decimal, fractional and mixed quantities', () => {
    expect(parseQuantity('2')).toBe(2);
    expect(parseQuantity(' 0.25 ')).toBe(0.25);
    expect(parseQuantity('3/4')).toBe(0.75);
    expect(parseQuantity('1 1/2')).toBe(1.5);
    expect(() => parseQuantity('a pinch')).toThrow(SyntaxError);
    expect(() => parseQuantity('1/0')).toThrow(RangeError);
  });

  it('formats to the nearest eighth', () => {
    expect(formatQuantity(2)).toBe('2');
    expect(formatQuantity(0.75)).toBe('3/4');
    expect(formatQuantity(2.5)).toBe('2 1/2');
    expect(formatQuantity(0.3)).toBe('1/4');
    expect(formatQuantity(1.97)).toBe('2');
    expect(formatQuantity(0.375)).toBe('3/8');
  });
});

describe('units', () => {
  it('tells volumes, weights and counts apart', () => {
    expect(kindOf('cup')).toBe('volume');
    expect(kindOf('oz')).toBe('weight');
    expect(kindOf('piece')).toBe('count');
  });

  it('converts within a kind', () => {
    expect(convert(3, 'tsp', 'tbsp')).toBeCloseTo(1, 3);
    expect(convert(2, 'cup', 'ml')).toBeCloseTo(473.176, 3);
    expect(convert(500, 'g', 'lb')).toBeCloseTo(1.1023, 4);
    expect(convert(7, 'kg', 'kg')).toBe(7);
    expect(() => convert(1, 'cup', 'g')).toThrow('cannot convert cup to g');
  });

  it('reads metric amounts in the unit that suits them', () => {
    expect(toMetric(1, 'cup')).toEqual({ amount: 237, unit: 'ml' });
    expect(toMetric(5, 'cup').unit).toBe('l');
    expect(toMetric(5, 'cup').amount).toBeCloseTo(1.183, 3);
    expect(toMetric(2, 'lb')).toEqual({ amount: 907, unit: 'g' });
    expect(toMetric(3, 'piece')).toEqual({ amount: 3, unit: 'piece' });
  });
});

describe('recipes', () => {
  it('parses a recipe card', () => {
    const recipe = parseRecipe(CARD);
    expect(recipe.title).toBe('Pancakes');
    expect(recipe.servings).toBe(4);
    expect(recipe.ingredients[0]).toEqual({ name: 'flour', amount: 1.5, unit: 'cup' });
    expect(recipe.ingredients[4]).toEqual({ name: 'eggs', amount: 2, unit: 'piece' });
    expect(parseIngredient('1 pinch of salt')).toEqual({ name: 'pinch of salt', amount: 1, unit: 'piece' });
    expect(() => parseRecipe('Pancakes\n2 eggs')).toThrow(SyntaxError);
  });

  it('scales a recipe for more or fewer people', () => {
    const recipe = parseRecipe(CARD);
    const double = scaleRecipe(recipe, 8);
    expect(double.servings).toBe(8);
    expect(shoppingList(double)).toEqual([
      '3 cup flour',
      '7 tsp baking powder',
      '2 tbsp sugar',
      '2 1/2 cup milk',
      '4 eggs',
      '6 tbsp butter',
    ]);
    expect(shoppingList(scaleRecipe(recipe, 1))[0]).toBe('3/8 cup flour');
    expect(recipe.ingredients[0].amount).toBe(1.5);
    expect(() => scaleRecipe(recipe, 0)).toThrow(RangeError);
  });

  it('lists a recipe in metric units', () => {
    const metric = metricRecipe(parseRecipe(CARD));
    expect(shoppingList(metric).slice(0, 3)).toEqual(['355 ml flour', '17 ml baking powder', '15 ml sugar']);
  });
});
