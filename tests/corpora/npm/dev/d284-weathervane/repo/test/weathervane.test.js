const { Reading, describe: describeReading, logEntry, meanBearing, meanKnots, pointFor } = require('../src');

describe('compass', () => {
  test('names the point nearest a bearing', () => {
    expect(pointFor(0)).toBe('N');
    expect(pointFor(100)).toBe('E');
    expect(pointFor(-30)).toBe('NNW');
  });

  test('describes a wind and a vane', () => {
    expect(describeReading('wind', 225)).toBe('wind from the SW');
    expect(describeReading('vane', 45)).toBe('vane points NE');
  });
});

describe('readings', () => {
  test('logs a reading with its point', () => {
    expect(logEntry(new Reading('Church', 200, 12), '09:00')).toEqual({
      station: 'Church',
      degrees: 200,
      knots: 12,
      point: 'SSW',
      at: '09:00',
    });
    expect(logEntry(new Reading('Barn', 0, 3)).at).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  test('averages the direction across north', () => {
    expect(meanBearing([new Reading('Church', 350, 12), new Reading('Mill', 10, 15)])).toBe(0);
    expect(meanBearing([new Reading('Church', 80, 12), new Reading('Barn', 120, 14)])).toBe(100);
  });

  test('averages the wind speed', () => {
    const readings = [new Reading('Church', 200, 12), new Reading('Mill', 190, 15), new Reading('Barn', 210, 14)];
    expect(meanKnots(readings, 1)).toBe(13.7);
  });
});
