const { clothCost, kiteQuote, sailArea, sparCost } = require('../src/index');

describe('sails', () => {
  test('a diamond is half its rectangle', () => {
    expect(sailArea(100, 80)).toBeCloseTo(0.4);
  });
  test('the cloth is cut with a hem on every edge', () => {
    expect(clothCost(100, 100)).toBe(7.57);
    expect(clothCost(60, 80)).toBe(3.76);
  });
});

describe('spars', () => {
  test('prices the spine and the spreader', () => {
    expect(sparCost('carbon', 100, 120)).toBe(9.9);
    expect(sparCost('bamboo', 100, 100)).toBe(1.8);
  });
  test('refuses a material it has no rod of', () => {
    expect(() => sparCost('oak', 100, 100)).toThrow('no spars of oak');
  });
});

describe('quotes', () => {
  test('prices a batch of kites with tails', () => {
    expect(kiteQuote({ spanCm: 100, heightCm: 100, spars: 'bamboo', tailM: 4, count: 3 })).toBe(70.11);
  });
  test('prices a single kite without a tail', () => {
    expect(kiteQuote({ spanCm: 60, heightCm: 80, spars: 'fibreglass', count: 1 })).toBe(18.84);
  });
});
