import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { daily, dewPoint, parseLog, parseReading, round, toCelsius, toFahrenheit } from '../src/index';

const LOG = `
# station 7, July
2026-07-01T06:00 59F 90%
2026-07-01T14:00 27.5C 45%
2026-07-01T22:00 18.5C 70%
2026-07-02T06:00 14C 85%
2026-07-02T14:00 31C 30%
`;

describe('units', () => {
  it('converts and rounds temperatures', () => {
    assert.equal(toCelsius(212), 100);
    assert.equal(toFahrenheit(-40), -40);
    assert.equal(round(toCelsius(70.2)), 21.2);
    assert.equal(round(2.345, 2), 2.35);
  });
});

describe('readings', () => {
  it('parses station lines in either unit', () => {
    assert.deepEqual(parseReading('2026-07-01T06:00 59F 90%'), {
      date: '2026-07-01',
      time: '06:00',
      celsius: 15,
      humidity: 90,
    });
    assert.equal(parseReading('2026-01-05T07:00 -3.5C 80%').celsius, -3.5);
    assert.equal(parseLog(LOG).length, 5);
    assert.throws(() => parseReading('2026-07-01 06:00 15C 90%'), SyntaxError);
  });

  it('computes the dew point', () => {
    assert.equal(round(dewPoint(20, 50)), 9.3);
    assert.equal(round(dewPoint(30, 100)), 30);
    assert.throws(() => dewPoint(20, 0), RangeError);
  });
});

describe('daily summaries', () => {
  it('gives each day its range, mean and dew point', () => {
    assert.deepEqual(daily(parseLog(LOG)), [
      { date: '2026-07-01', min: 15, max: 27.5, mean: 20.3, dewPoint: 14.3 },
      { date: '2026-07-02', min: 14, max: 31, mean: 22.5, dewPoint: 13.7 },
    ]);
    assert.deepEqual(daily([]), []);
  });
});
