const { batch, castingPlan, grade, mouldFor } = require('../src');

test('splits a melt into the recipe metals', () => {
  expect(batch(1000)).toEqual({ tin: 920, antimony: 60, copper: 20 });
});

test('grades pewter by its share of tin', () => {
  expect(grade({ tin: 920, antimony: 60, copper: 20 })).toBe('fine');
  expect(grade({ tin: 800, antimony: 150, copper: 50 })).toBe('trifle');
});

test('finds a mould by name', () => {
  expect(mouldFor('plate').grams).toBe(610);
});

test('melts enough for the orders and the sprues', () => {
  const plan = castingPlan([
    { item: 'tankard', quantity: 1 },
    { item: 'spoon', quantity: 5 },
  ]);
  expect(plan.grams).toBe(710);
  expect(plan.metals).toEqual({ tin: 653, antimony: 43, copper: 14 });
});
