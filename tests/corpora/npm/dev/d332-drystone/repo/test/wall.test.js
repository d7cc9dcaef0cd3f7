const { tonnage, throughStones, readSpec } = require('../src/wall');

test('a length of wall weighs its section times its length', () => {
  expect(tonnage(10, 1.2, 0.8, 0.4)).toBe(10.1);
});

test('through-stones go every half metre up and every started metre along', () => {
  expect(throughStones(10.5, 1.4)).toBe(22);
});

test('a spec is read from JSON, and a broken one is refused', () => {
  expect(readSpec('{"lengthM": 12}')).toEqual({ lengthM: 12 });
  expect(() => readSpec('{lengthM: 12}')).toThrow(/^bad wall spec: /);
});
