const assert = require('node:assert/strict');
const { matches, nextRun, parseCron, parseField } = require('../src');

const at = (iso) => new Date(iso);
const values = (set) => [...set].sort((a, b) => a - b);

describe('fields', () => {
  it('allows single values, ranges, steps and lists', () => {
    assert.deepEqual(values(parseField('*', 0, 6)), [0, 1, 2, 3, 4, 5, 6]);
    assert.deepEqual(values(parseField('*/15', 0, 59)), [0, 15, 30, 45]);
    assert.deepEqual(values(parseField('1-5', 0, 6)), [1, 2, 3, 4, 5]);
    assert.deepEqual(values(parseField('10-50/20,7', 0, 59)), [7, 10, 30, 50]);
    assert.deepEqual(values(parseField('5/20', 0, 59)), [5, 25, 45]);
    assert.throws(() => parseField('0-24', 0, 23), RangeError);
    assert.throws(() => parseField('*/0', 0, 59), SyntaxError);
  });
});

describe('schedules', () => {
  it('match the minutes they name', () => {
    const workdays = parseCron('30 9 * * 1-5');
    assert.equal(matches(workdays, at('2026-03-04T09:30:00Z')), true);
    assert.equal(matches(workdays, at('2026-03-07T09:30:00Z')), false);
    assert.equal(matches(workdays, at('2026-03-04T10:30:00Z')), false);
    assert.equal(matches(parseCron('0 12 1 6 *'), at('2026-06-01T12:00:00Z')), true);
    assert.equal(matches(parseCron('0 12 1 6 *'), at('2026-07-01T12:00:00Z')), false);
    assert.throws(() => parseCron('30 9 * *'), /has 5 fields, not 4/);
  });

  it('find the next run', () => {
    assert.deepEqual(nextRun(parseCron('*/15 * * * *'), at('2026-03-04T10:07:42Z')), at('2026-03-04T10:15:00Z'));
    assert.deepEqual(nextRun(parseCron('30 9 * * 1-5'), at('2026-03-06T09:30:00Z')), at('2026-03-09T09:30:00Z'));
    assert.deepEqual(nextRun(parseCron('0 0 1 1 *'), at('2026-11-15T08:00:00Z')), at('2027-01-01T00:00:00Z'));
    assert.equal(nextRun(parseCron('0 0 31 2 *'), at('2026-01-01T00:00:00Z')), null);
  });
});
