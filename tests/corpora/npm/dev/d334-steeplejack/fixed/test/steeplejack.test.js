const { ladderLength, rungs, plan, workingLoad } = require('../src');

describe('ladders', () => {
  test('the ladder runs up the hypotenuse', () => {
    expect(ladderLength(12, 5)).toBe(13);
    expect(ladderLength(8, 2)).toBe(8.25);
  });

  test('rungs every 30 cm, the last part-space left without', () => {
    expect(rungs(13)).toBe(43);
  });

  test('a job is planned by its access', () => {
    expect(plan({ access: 'ladder', heightM: 12, footOutM: 5 })).toEqual({
      access: 'ladder',
      length: 13,
      sections: 5,
      rungs: 43,
    });
    expect(plan({ access: 'rope', ropeMm: 11 })).toEqual({ access: 'rope', loadKn: 6 });
  });
});

describe('ropes', () => {
  test('a rope is worked at a fifth of its breaking strength', () => {
    expect(workingLoad(12)).toBe(7.2);
    expect(() => workingLoad(9)).toThrow('no rope of 9 mm');
  });
});
