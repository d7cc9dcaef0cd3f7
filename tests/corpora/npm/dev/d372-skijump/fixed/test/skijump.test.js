const { meterValue, distancePoints, stylePoints, scoreJump, competition } = require('../src');

describe('hill', () => {
  test('gives each hill size its metre value', () => {
    expect(meterValue(90)).toBe(2);
    expect(meterValue(120)).toBe(1.8);
    expect(meterValue(200)).toBe(1.2);
  });

  test('scores the distance from the K-point', () => {
    expect(distancePoints(120, 120)).toBe(60);
    expect(distancePoints(125.5, 120)).toBe(69.9);
    expect(distancePoints(110, 120)).toBe(42);
  });
});

describe('style', () => {
  test('strikes out the highest and the lowest mark', () => {
    expect(stylePoints([18, 17.5, 19, 18.5, 16])).toBe(54);
  });

  test('wants five marks', () => {
    expect(() => stylePoints([18, 18])).toThrow('five judges');
  });
});

describe('competition', () => {
  test('scores a jump', () => {
    expect(scoreJump({ name: 'Aino', distanceM: 125.5, marks: [18, 17.5, 19, 18.5, 16] }, 120)).toEqual({
      name: 'Aino',
      total: 123.9,
    });
  });

  test('ranks the jumpers and shares a place on a tie', () => {
    const result = competition(120, [
      { name: 'Aino', distanceM: 125.5, marks: [18, 17.5, 19, 18.5, 16] },
      { name: 'Bram', distanceM: 118, marks: [17, 17, 17, 17, 17] },
      { name: 'Cato', distanceM: 118, marks: [17, 17, 17, 17, 17] },
      { name: 'Dina', distanceM: 130, marks: [16, 19, 18, 18, 17] },
    ]);
    expect(result.winner).toBe('Dina');
    expect(result.standings.map((row) => [row.place, row.name, row.total])).toEqual([
      [1, 'Dina', 131],
      [2, 'Aino', 123.9],
      [3, 'Bram', 107.4],
      [3, 'Cato', 107.4],
    ]);
  });
});
