const { formatCount, parseCount } = require('../src/labels');

test('reads a count off the cone', () => {
  expect(parseCount('2/28')).toEqual({ ply: 2, nm: 28 });
  expect(parseCount(' 3/36 ')).toEqual({ ply: 3, nm: 36 });
});

test('refuses a label without a ply', () => {
  expect(() => parseCount('28')).toThrow('not a count: 28');
});

test('writes a count back', () => {
  expect(formatCount({ ply: 4, nm: 14 })).toBe('4/14');
});
