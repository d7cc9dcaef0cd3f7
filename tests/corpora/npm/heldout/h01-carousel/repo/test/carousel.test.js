const { balances, fareDue, loadPercent, mountNames, turnsFor } = require('../src/index');

describe('carousel', () => {
  test('names its mounts', () => {
    expect(mountNames()).toEqual(['Bluebell', 'Captain', 'Duchess', 'Pepper', 'Regent']);
  });

  test('serves a queue in whole turns of seven seats', () => {
    expect(turnsFor(14)).toBe(2);
    expect(turnsFor(15)).toBe(3);
  });

  test('gives the load of a turn as a whole percentage', () => {
    expect(loadPercent(5)).toBe(71);
    expect(loadPercent(7)).toBe(100);
  });

  test('balances the till to the penny', () => {
    expect(fareDue(2)).toBeCloseTo(2.2);
    expect(balances(3.3, 3)).toBe(true);
    expect(balances(3.2, 3)).toBe(false);
  });
});
