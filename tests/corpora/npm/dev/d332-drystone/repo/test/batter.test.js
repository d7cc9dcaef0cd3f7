const { topWidth, checkWidths } = require('../src/batter');

test('both faces lean in by the batter', () => {
  expect(topWidth(0.8, 1.2)).toBe(0.4);
  expect(topWidth(0.9, 1.5)).toBe(0.4);
});

test('a wall too high for its base is refused', () => {
  expect(checkWidths(0.7, 1.5)).toEqual({ ok: false, top: 0.2, reason: 'top too narrow for the copes' });
  expect(checkWidths(0.8, 1.2)).toEqual({ ok: true, top: 0.4 });
});
