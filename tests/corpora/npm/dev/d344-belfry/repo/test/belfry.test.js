const { bandFor, extent, isPeal, pealMinutes, strikeTimes } = require('../src');

describe('methods', () => {
  test('an extent is every order of the bells', () => {
    expect(extent(5)).toBe(120);
    expect(extent(6)).toBe(720);
    expect(extent(8)).toBe(40320);
  });

  test('a peal is five thousand changes or more', () => {
    expect(isPeal(extent(7))).toBe(true);
    expect(isPeal(extent(6))).toBe(false);
  });

  test('times a peal', () => {
    expect(pealMinutes(5040, 8, 200)).toBe(143);
  });
});

describe('ringers', () => {
  test('puts the available ringers on the bells in turn', () => {
    const ringers = [
      { name: 'Ann', available: true },
      { name: 'Bo', available: false },
      { name: 'Cy', available: true },
      { name: 'Di', available: true },
    ];
    expect(bandFor(ringers, 2)).toEqual([
      { bell: 1, name: 'Ann' },
      { bell: 2, name: 'Cy' },
    ]);
  });

  test('leaves a handstroke gap after each row', () => {
    expect(strikeTimes([[1, 2], [2, 1]], 100)).toEqual([
      { bell: 1, at: 0 },
      { bell: 2, at: 100 },
      { bell: 2, at: 300 },
      { bell: 1, at: 400 },
    ]);
  });
});
