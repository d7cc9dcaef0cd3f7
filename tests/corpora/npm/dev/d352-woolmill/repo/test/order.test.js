const { metresPerGram, skeinsFor, yardsPerSkein } = require('../src');

test('shares the length among the plies', () => {
  expect(metresPerGram({ ply: 2, nm: 28 })).toBe(14);
});

test('prints yards on the band', () => {
  expect(yardsPerSkein({ ply: 2, nm: 28 }, 100)).toBe(1531);
  expect(yardsPerSkein({ ply: 4, nm: 28 }, 50)).toBe(383);
});

test('winds enough skeins for a pattern', () => {
  expect(skeinsFor('2/28', 1200)).toEqual({ perSkein: 1531, skeins: 1 });
  expect(skeinsFor('4/28', 2000, 50)).toEqual({ perSkein: 383, skeins: 6 });
});
