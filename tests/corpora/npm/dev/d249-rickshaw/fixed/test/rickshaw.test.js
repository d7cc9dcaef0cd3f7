const { fare, nightLevel, shiftSummary } = require('../src');

describe('fares', () => {
  test('a ride inside one zone costs the base fare', () => {
    expect(fare('market', 'station')).toBe(250);
  });

  test('every zone boundary crossed adds to the fare', () => {
    expect(fare('centre', 'docks')).toBe(490);
    expect(fare('park', 'centre')).toBe(610);
  });

  test('each night level multiplies the fare once more', () => {
    expect(fare('centre', 'market', { nightLevel: 1 })).toBe(463);
    expect(fare('centre', 'market', { nightLevel: 2 })).toBe(578);
  });

  test('the night level follows the clock', () => {
    expect(nightLevel(new Date('2025-03-06T21:59:00Z'))).toBe(0);
    expect(nightLevel(new Date('2025-03-06T22:40:00Z'))).toBe(1);
    expect(nightLevel(new Date('2025-03-07T01:10:00Z'))).toBe(2);
  });

  test('an unknown stop is refused', () => {
    expect(() => fare('centre', 'airport')).toThrow('unknown stop');
  });
});

describe('shift summary', () => {
  test('a night shift runs from its first start to its last, across midnight', () => {
    const rides = [
      { from: 'centre', to: 'docks', stand: 4, start: new Date('2025-03-06T20:40:00Z') },
      { from: 'docks', to: 'park', stand: 9, start: new Date('2025-03-07T03:10:00Z') },
      { from: 'park', to: 'centre', stand: 4, start: new Date('2025-03-06T23:55:00Z') },
    ];
    expect(shiftSummary('Asha', rides)).toBe('Asha: 3 rides, 20:40 to 03:10, stands 4 and 9, £18.31');
  });

  test('a day shift at one stand', () => {
    const rides = [
      { from: 'market', to: 'station', stand: 2, start: new Date('2025-03-06T09:05:00Z') },
      { from: 'station', to: 'docks', stand: 2, start: new Date('2025-03-06T08:15:00Z') },
    ];
    expect(shiftSummary('Ravi', rides)).toBe('Ravi: 2 rides, 08:15 to 09:05, stands 2, £6.20');
  });

  test('a driver without rides', () => {
    expect(shiftSummary('Lena', [])).toBe('Lena: no rides');
  });
});
