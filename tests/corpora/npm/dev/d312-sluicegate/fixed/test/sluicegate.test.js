const { sluice, weekFlow } = require('../src');

describe('sluice', () => {
  test('lets water through in proportion to the head over the sill', () => {
    expect(sluice.flow('upper', 170)).toBe(2);
    expect(sluice.flow('lower', 95)).toBe(3.3);
  });

  test('lets nothing through while the water stands below the sill', () => {
    expect(sluice.flow('upper', 100)).toBe(0);
    expect(sluice.flow('lower', 40)).toBe(0);
  });

  test('counts the readings that topped the sill', () => {
    expect(sluice.overSill('upper', [100, 125, 140, 118])).toBe(2);
  });
});

test('adds up the week of the gates schedule', () => {
  expect(weekFlow({ mon: 170, tue: 10, wed: 95, fri: 145 })).toBe(6.3);
  expect(weekFlow({ mon: 110, wed: 95, fri: 100 })).toBe(3.3);
});
