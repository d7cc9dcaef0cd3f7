const assert = require('node:assert/strict');
const { castingDay, dayMinutes, metalFor, pourLabel, recipeFor } = require('../src/index');

const castings = [
  { name: 'tankard', grams: 400, count: 2 },
  { name: 'spoon', grams: 40, count: 5 },
];

describe('alloy', () => {
  it('melts each casting with its sprue', () => {
    assert.equal(metalFor(castings), 1150);
  });
  it('weighs out the recipe', () => {
    assert.deepEqual(recipeFor(1000), { tin: 920, antimony: 60, copper: 20 });
  });
});

describe('moulds', () => {
  it('labels the pour', () => {
    assert.equal(pourLabel(castings[0]), '2 x tankard (tankard)');
    assert.equal(pourLabel(castings[1]), '5 x spoon (small)');
  });
  it('times the day by the cooling', () => {
    assert.equal(dayMinutes(castings), 49);
  });
  it('plans the casting day', () => {
    assert.deepEqual(castingDay(castings).recipe, { tin: 1058, antimony: 69, copper: 23 });
  });
});
