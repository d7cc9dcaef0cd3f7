const { applyDiscount, round } = require('../src/pricing');

test('bulk discount applies from the minimum on', () => {
  expect(applyDiscount(100, 'BULK20')).toBe(80);
});

test('bulk discount needs the minimum', () => {
  expect(applyDiscount(99.99, 'BULK20')).toBe(99.99);
});

test('round keeps two decimals', () => {
  expect(round(10 / 3)).toBe(3.33);
});
