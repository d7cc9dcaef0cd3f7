const { Pan, readyToRake, parseEntry, totals } = require('../src');

describe('pans', () => {
  test('pans of one size share a sluice, whether a Pan or a register row', () => {
    const north = new Pan('North', 4000);
    expect(north.sameSize(new Pan('East', 4000))).toBe(true);
    expect(north.sameSize({ name: 'South', litres: 4000 })).toBe(true);
    expect(north.sameSize({ name: 'West', litres: 2500 })).toBe(false);
  });

  test('only the pans with enough salt are raked', () => {
    const pans = [new Pan('North', 4000, 1100), new Pan('East', 4000, 700), new Pan('South', 2500, 900)];
    expect(readyToRake(pans, 0.25).map((pan) => pan.name)).toEqual(['North', 'South']);
  });
});

describe('the rakers log', () => {
  test('reads either separator', () => {
    expect(parseEntry('2025-07-14; North, 420')).toEqual({ date: '2025-07-14', pan: 'North', kg: 420 });
    expect(parseEntry('2025-07-15 , East ;385 ')).toEqual({ date: '2025-07-15', pan: 'East', kg: 385 });
  });

  test('adds up each pan', () => {
    expect(totals(['2025-07-14; North, 420', '2025-07-15, North; 380', '2025-07-15; East, 385'])).toEqual({
      North: 800,
      East: 385,
    });
  });
});
