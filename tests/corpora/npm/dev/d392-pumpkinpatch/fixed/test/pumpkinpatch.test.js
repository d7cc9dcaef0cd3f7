const { basketTotal, checkout, priceOf, weighIn } = require('../src/index');

describe('weighing', () => {
  test('prices a pumpkin by its weight', () => {
    expect(priceOf(5)).toBe(6);
    expect(priceOf(2.5)).toBe(3);
    expect(priceOf(0.6)).toBe(1);
  });

  test('sells a giant at the flat price from 20 kg', () => {
    expect(priceOf(20)).toBe(30);
    expect(priceOf(31)).toBe(30);
  });

  test('weighs in a barrow of pumpkins', () => {
    expect(weighIn([{ name: 'Jack', kg: 4 }])).toEqual([{ name: 'Jack', price: 4.8 }]);
  });
});

describe('till', () => {
  test('totals a basket', () => {
    expect(basketTotal([{ name: 'a', price: 3 }, { name: 'b', price: 4.5 }])).toBe(7.5);
  });

  test('prints a receipt', () => {
    const pumpkins = [
      { name: 'Jack', kg: 4 },
      { name: 'Big Moe', kg: 20 },
    ];
    expect(checkout(pumpkins)).toBe('Jack: £4.80\nBig Moe: £30.00\ntotal: £34.80');
  });
});
