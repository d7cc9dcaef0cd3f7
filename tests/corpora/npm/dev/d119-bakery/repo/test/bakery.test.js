const { doughFor, planBake, scaleFormula, toClock, toMinutes, totalMinutes } = require('../src');

const SOURDOUGH_DAY = [
  { name: 'mix', minutes: 20 },
  { name: 'bulk', minutes: 240 },
  { name: 'shape', minutes: 30 },
  { name: 'proof', minutes: 120 },
  { name: 'bake', minutes: 40 },
];

describe('scaleFormula', () => {
  test('shares the dough weight out by the percentages', () => {
    expect(scaleFormula('baguette', 4)).toEqual({ flour: 810, water: 567, salt: 16, yeast: 6 });
  });

  test('scales a rich dough', () => {
    expect(scaleFormula('brioche', 2)).toEqual({ flour: 472, eggs: 236, butter: 212, sugar: 57, salt: 9, yeast: 14 });
  });

  test('refuses an unknown bread and fewer than one piece', () => {
    expect(() => scaleFormula('naan', 3)).toThrow('unknown bread: naan');
    expect(() => scaleFormula('rye', 0)).toThrow(RangeError);
  });
});

describe('doughFor', () => {
  test('weighs an ingredient shared by two breads once', () => {
    const totals = doughFor({
      date: '2027-02-12',
      orders: [
        { bread: 'baguette', pieces: 4 },
        { bread: 'rye', pieces: 1 },
      ],
    });
    expect(totals).toEqual({ flour: 1211, water: 896, salt: 25, yeast: 6, starter: 161 });
  });

  test('mixes nothing for no orders', () => {
    expect(doughFor({ date: '2027-02-14', orders: [] })).toEqual({});
  });
});

describe('clock', () => {
  test('reads and writes the time of day', () => {
    expect(toMinutes('06:30')).toBe(390);
    expect(toClock(605)).toBe('10:05');
    expect(toClock(1500)).toBe('01:00');
  });
});

describe('planBake', () => {
  test('starts every step in time for the bread to be ready', () => {
    expect(planBake('14:00', SOURDOUGH_DAY)).toEqual([
      { step: 'mix', start: '06:30' },
      { step: 'bulk', start: '06:50' },
      { step: 'shape', start: '10:50' },
      { step: 'proof', start: '11:20' },
      { step: 'bake', start: '13:20' },
    ]);
  });

  test('starts the dough the evening before for an early bake', () => {
    expect(planBake('06:00', SOURDOUGH_DAY).map((entry) => entry.start)).toEqual([
      '22:30',
      '22:50',
      '02:50',
      '03:20',
      '05:20',
    ]);
    expect(totalMinutes(SOURDOUGH_DAY)).toBe(450);
  });
});
