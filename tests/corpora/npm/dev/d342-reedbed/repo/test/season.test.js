const { cuttingDays, inSeason } = require('../src/season');

test('cuts reed from December to March', () => {
  expect(inSeason(new Date(2026, 11, 5))).toBe(true);
  expect(inSeason(new Date(2027, 2, 20))).toBe(true);
  expect(inSeason(new Date(2027, 3, 2))).toBe(false);
  expect(inSeason(new Date(2026, 10, 30))).toBe(false);
});

test('counts the days the cutters can work', () => {
  const days = [new Date(2026, 10, 28), new Date(2026, 11, 1), new Date(2027, 0, 9), new Date(2027, 3, 1)];
  expect(cuttingDays(days)).toBe(2);
});
