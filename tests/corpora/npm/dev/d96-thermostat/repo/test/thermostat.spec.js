const assert = require('node:assert/strict');
const { FACTORY, compile, formatTime, heating, nextChange, parseTime, runtime, targetAt } = require('../src');

const WEEK = compile({
  default: [['06:30', 20], ['08:30', 16], ['17:00', 21], ['22:30', 16]],
  sat: [['08:00', 21], ['23:30', 16]],
  sun: [['23:00', 16], ['09:00', 21]],
});

describe('clock', () => {
  it('reads and writes times', () => {
    assert.equal(parseTime('6:30'), 390);
    assert.equal(formatTime(1350), '22:30');
    assert.throws(() => parseTime('24:00'), /not a time/);
  });
});

describe('schedule', () => {
  it('gives the setpoint in force', () => {
    assert.equal(targetAt(WEEK, 1, parseTime('07:00')), 20);
    assert.equal(targetAt(WEEK, 1, parseTime('06:30')), 20);
    assert.equal(targetAt(WEEK, 1, parseTime('17:00')), 21);
    assert.equal(targetAt(WEEK, 6, parseTime('23:30')), 16);
    assert.equal(targetAt(WEEK, 6, parseTime('08:00')), 21);
  });

  it('carries the night over from the day before', () => {
    assert.equal(targetAt(WEEK, 0, parseTime('07:00')), 16);
    assert.equal(targetAt(WEEK, 1, parseTime('05:00')), 16);
    assert.equal(targetAt(FACTORY, 3, 0), 16);
  });

  it('tells the next change', () => {
    assert.equal(nextChange(WEEK, 5, parseTime('22:30')), 'sat 08:00 -> 21');
    assert.equal(nextChange(WEEK, 0, parseTime('09:00')), 'sun 23:00 -> 16');
    assert.equal(nextChange(FACTORY, 2, parseTime('12:00')), 'tue 17:00 -> 21');
  });
});

describe('control', () => {
  it('keeps a dead band', () => {
    assert.equal(heating(false, 19.4, 20), true);
    assert.equal(heating(true, 20.4, 20), true);
    assert.equal(heating(false, 20.4, 20), false);
    assert.equal(heating(true, 20.6, 20), false);
  });

  it('counts the minutes the boiler ran', () => {
    const readings = [19.2, 19.6, 20.1, 20.5, 20.7, 20.3, 19.8, 19.5, 19.4, 19.6];
    assert.equal(runtime(readings, () => 20), 6);
  });
});
