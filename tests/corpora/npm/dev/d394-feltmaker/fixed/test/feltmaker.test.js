const { layoutCm, orderGrams, quote, woolCost, woolGrams } = require('../src/index');

const scarf = { widthCm: 21, heightCm: 140, layers: 3, colours: 4 };

describe('wool', () => {
  test('lays a piece out larger by the shrinkage', () => {
    expect(layoutCm(21)).toBe(30);
    expect(layoutCm(140)).toBe(200);
  });

  test('weighs the wool for every layer', () => {
    expect(woolGrams(21, 140, 3)).toBe(216);
  });
});

describe('orders', () => {
  test('adds a dye lot for every colour past two', () => {
    expect(orderGrams(scarf)).toBe(256);
    expect(orderGrams({ ...scarf, colours: 1 })).toBe(216);
  });

  test('prices the wool and the work', () => {
    expect(woolCost(scarf)).toBe(10.75);
    expect(quote(scarf, 3)).toEqual({ label: '21x140 cm, 4 colours', grams: 256, price: 64.75 });
  });
});
