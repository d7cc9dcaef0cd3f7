const { Curve, workingTemperature, corrections, boxPrice } = require('../src');

describe('tempering', () => {
  test('each chocolate has its curve and its working temperature', () => {
    expect([...new Curve('milk')]).toEqual([45, 26, 29]);
    expect(['dark', 'white'].map(workingTemperature)).toEqual([31, 28]);
    expect(() => new Curve('ruby')).toThrow('no curve for ruby');
  });

  test('bowls are brought to their working temperature in whole degrees', () => {
    const bowls = [
      { kind: 'dark', celsius: 33.5 },
      { kind: 'milk', celsius: 26.5 },
      { kind: 'white', celsius: 27.8 },
      { kind: 'dark', celsius: 29.4 },
    ];
    expect(corrections(bowls)).toEqual([-3, 3, 0, 2]);
  });
});

describe('boxes', () => {
  test('a box is priced by its bonbons, gold leaf counting double', () => {
    const nine = ['praline', 'ganache', 'gold leaf', 'praline', 'caramel', 'ganache', 'praline', 'caramel', 'praline'];
    expect(boxPrice(nine, 85)).toBe(120 + 10 * 85);
  });

  test('there is no box for any other number', () => {
    expect(() => boxPrice(['praline', 'caramel'], 85)).toThrow('no box for 2');
  });
});
