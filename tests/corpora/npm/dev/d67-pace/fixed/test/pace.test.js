import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { formatDuration, formatPace, metres, pace, parseDuration, predict, splits } from '../src/index.js';

describe('durations', () => {
  it('are read in seconds', () => {
    assert.equal(parseDuration('1:23:45'), 5025);
    assert.equal(parseDuration('23:45'), 1425);
    assert.equal(parseDuration(' 45.5 '), 45.5);
    assert.throws(() => parseDuration('1:2:3:4'), SyntaxError);
    assert.throws(() => parseDuration('4.5:00'), /not a duration: '4.5:00'/);
  });

  it('are written back', () => {
    assert.equal(formatDuration(5025), '1:23:45');
    assert.equal(formatDuration(299.6), '5:00');
    assert.equal(formatDuration(3600), '1:00:00');
  });
});

describe('paces', () => {
  it('are seconds per kilometre or per mile', () => {
    assert.equal(pace(10, 'km', '50:00'), 300);
    assert.equal(formatPace(pace(5000, 'm', '25:00')), '5:00/km');
    assert.equal(formatPace(pace(10, 'km', '50:00', 'mi'), 'mi'), '8:03/mi');
    assert.equal(formatPace(pace(3, 'mi', '24:08'), 'km', { suffix: false }), '5:00');
    assert.equal(metres('mi'), 1609.344);
    assert.throws(() => pace(0, 'km', '10:00'), RangeError);
    assert.throws(() => pace(5, 'yd', '10:00'), /unknown unit: 'yd'/);
  });

  it('predict other races', () => {
    assert.equal(predict('10k', '50:00', 'half'), '1:50:19');
    assert.equal(predict('5k', '20:00', '5k'), '20:00');
  });

  it('give even splits', () => {
    assert.deepEqual(splits(5, '26:15'), [
      [1, '5:15'],
      [2, '10:30'],
      [3, '15:45'],
      [4, '21:00'],
      [5, '26:15'],
    ]);
    assert.deepEqual(splits(21.1, '1:45:30', 5), [
      [5, '25:00'],
      [10, '50:00'],
      [15, '1:15:00'],
      [20, '1:40:00'],
      [21.1, '1:45:30'],
    ]);
  });
});
