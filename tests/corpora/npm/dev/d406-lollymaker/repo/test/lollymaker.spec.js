const assert = require('node:assert/strict');
const { freezingDay, dayMinutes, mixFor, pourLabel, recipeFor } = require('../src/index');

const batches = [
  { name: 'family tub', grams: 400, count: 2 },
  { name: 'ice pop', grams: 40, count: 5 },
];

describe('mix', () => {
  it('mixes each batch with its spill', () => {
    assert.equal(mixFor(batches), 1150);
  });
  it('weighs out the recipe', () => {
    assert.deepEqual(recipeFor(1000), { juice: 920, sugar: 60, lemon: 20 });
  });
});

describe('moulds', () => {
  it('labels the pour', () => {
    assert.equal(pourLabel(batches[0]), '2 x family tub (tub)');
    assert.equal(pourLabel(batches[1]), '5 x ice pop (stick)');
  });
  it('times the day by the freezing', () => {
    assert.equal(dayMinutes(batches), 49);
  });
  it('plans the batch day', () => {
    assert.deepEqual(freezingDay(batches).recipe, { juice: 1058, sugar: 69, lemon: 23 });
  });
});
