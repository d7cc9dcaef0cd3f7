import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { kcal, kilojoules, label, light, parseIngredient, percentRI, perServing, round } from '../src/index';

const PORRIDGE = [
  'rolled oats 80g: fat 7, carbs 58.7, sugars 1, protein 13.5, sodium 0.004',
  'whole milk 300g: fat 3.6, carbs 4.7, sugars 4.7, protein 3.4, salt 0.1',
  'honey 20g: carbs 82, sugars 82',
].map(parseIngredient);

describe('ingredients', () => {
  it('are read with their nutrients per 100 g', () => {
    assert.deepEqual(PORRIDGE[2], {
      name: 'honey',
      grams: 20,
      per100: { fat: 0, carbs: 82, sugars: 82, protein: 0, salt: 0 },
    });
    assert.equal(PORRIDGE[0].per100.salt, 0.01);
    assert.throws(() => parseIngredient('oats: fat 7'), SyntaxError);
    assert.throws(() => parseIngredient('oats 80g: fibre 10'), SyntaxError);
  });
});

describe('energy', () => {
  it('comes from fat, carbohydrate and protein', () => {
    assert.equal(kcal({ fat: 10, carbs: 0, sugars: 0, protein: 0, salt: 0 }), 90);
    assert.equal(kcal({ fat: 1, carbs: 10, sugars: 5, protein: 2, salt: 0 }), 57);
    assert.equal(kilojoules(100), 418);
  });
});

describe('a serving', () => {
  it('holds its share of the recipe', () => {
    const serving = perServing(PORRIDGE, 2);
    assert.equal(round(serving.fat, 2), 8.2);
    assert.equal(round(serving.sugars, 2), 15.65);
    assert.equal(round(serving.protein, 2), 10.5);
    assert.equal(percentRI('salt', 1.5), 25);
  });

  it('is labelled', () => {
    assert.deepEqual(label(PORRIDGE, 2), [
      'Energy 1134 kJ / 271 kcal (14%)',
      'Fat 8.2 g (12%)',
      'Sugars 15.7 g (17%)',
      'Protein 10.5 g (21%)',
      'Salt 0.2 g (3%)',
    ]);
  });
});

describe('traffic lights', () => {
  it('grade amounts per 100 g', () => {
    assert.equal(light('fat', 3), 'green');
    assert.equal(light('fat', 17.6), 'red');
    assert.equal(light('sugars', 22.5), 'amber');
    assert.equal(light('salt', 0.31), 'amber');
  });
});
