import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { DyeBath, mordantFor, percentOf, recipeCard, rgb } from '../src/index.js';

describe('colour', () => {
  it('reads a hex code in either case', () => {
    assert.deepEqual(rgb('#ff8800'), { r: 255, g: 136, b: 0 });
    assert.deepEqual(rgb('#1A2B3C'), { r: 26, g: 43, b: 60 });
  });

  it('picks the mordant for the shade', () => {
    assert.equal(mordantFor('#c04020'), 'alum');
    assert.equal(mordantFor('#203060'), 'iron');
  });
});

describe('bath', () => {
  it('weighs the dye and measures the water', () => {
    const bath = new DyeBath(500, { depthPct: 3, liquorRatio: 20 });
    assert.equal(bath.dyeG, 15);
    assert.equal(bath.waterL, 10);
  });

  it('measures how far the bath exhausted', () => {
    const bath = new DyeBath(500, { depthPct: 3, liquorRatio: 20 }).add(15);
    assert.equal(bath.exhaustionPct(3), 80);
    assert.equal(bath.exhaustionPct(0), 100);
    assert.equal(percentOf(1, 8), 12.5);
  });
});

describe('recipes', () => {
  it('writes a recipe card', () => {
    assert.deepEqual(recipeCard(250, '#C04020', { depthPct: 4 }), { dyeG: 10, waterL: 5, mordant: 'alum' });
    assert.deepEqual(recipeCard(100, '#203060'), { dyeG: 2, waterL: 2, mordant: 'iron' });
  });
});
