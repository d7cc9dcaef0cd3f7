const { batterFor, dayPrep, takings, waffleTotal } = require('../src/index');

const orders = [
  { count: 2, toppings: 'cream,jam' },
  { count: 1, toppings: '' },
  { count: 4, toppings: 'chocolate' },
];

describe('batter', () => {
  test('scales the batter and rounds the eggs up', () => {
    expect(batterFor(3)).toEqual({ flourG: 180, milkMl: 270, eggs: 2 });
  });
  test('mixes enough for the day', () => {
    expect(dayPrep(orders)).toEqual({ flourG: 420, milkMl: 630, eggs: 4 });
  });
});

describe('stand', () => {
  test('charges the toppings on every waffle', () => {
    expect(waffleTotal({ count: 2, toppings: 'cream,jam' })).toBe(9.8);
    expect(waffleTotal({ count: 1, toppings: '' })).toBe(3.5);
  });
  test('adds up the takings', () => {
    expect(takings(orders)).toBe(31.7);
  });
});
