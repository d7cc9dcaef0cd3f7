import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { busyTime, contains, coverage, firstFreeSlot, gapsWithin, interval, merge, overlaps } from '../src/index';

const i = interval;

describe('interval', () => {
  it('builds closed intervals and rejects reversed ones', () => {
    assert.deepEqual(i(1, 4), { start: 1, end: 4 });
    assert.deepEqual(i(2, 2), { start: 2, end: 2 });
    assert.throws(() => i(5, 1), /not an interval/);
    assert.throws(() => i(0, Infinity), /not an interval/);
  });

  it('tests overlap and containment at the ends', () => {
    assert.equal(overlaps(i(1, 3), i(3, 5)), true);
    assert.equal(overlaps(i(1, 3), i(4, 5)), false);
    assert.equal(contains(i(1, 3), 3), true);
    assert.equal(contains(i(1, 3), 3.5), false);
  });
});

describe('merge', () => {
  it('joins overlapping and touching intervals in any order', () => {
    assert.deepEqual(merge([i(8, 10), i(1, 3), i(2, 6), i(15, 18)]), [i(1, 6), i(8, 10), i(15, 18)]);
    assert.deepEqual(merge([i(1, 3), i(3, 5)]), [i(1, 5)]);
    assert.deepEqual(merge([i(1, 10), i(2, 3), i(4, 12)]), [i(1, 12)]);
    assert.deepEqual(merge([]), []);
  });

  it('leaves its input alone', () => {
    const input = [i(1, 3), i(2, 4)];
    merge(input);
    assert.deepEqual(input, [i(1, 3), i(2, 4)]);
  });
});

describe('gaps and coverage', () => {
  const day = i(9, 17);
  const meetings = [i(10, 11), i(10.5, 12), i(12, 13), i(15, 16), i(16.5, 18)];

  it('finds the free parts of a range', () => {
    assert.deepEqual(gapsWithin(day, meetings), [i(9, 10), i(13, 15), i(16, 16.5)]);
    assert.deepEqual(gapsWithin(day, []), [day]);
    assert.deepEqual(gapsWithin(i(0, 5), [i(-2, 7)]), []);
  });

  it('measures coverage counting shared time once', () => {
    assert.deepEqual(coverage(day, meetings), { covered: 4.5, free: 3.5, ratio: 0.5625 });
    assert.deepEqual(coverage(i(3, 3), []), { covered: 0, free: 0, ratio: 1 });
    assert.equal(busyTime(meetings), 5.5);
    assert.equal(busyTime([i(0, 2), i(1, 3), i(2, 4)]), 4);
  });

  it('books the first free slot that is long enough', () => {
    assert.deepEqual(firstFreeSlot(day, meetings, 1), i(9, 10));
    assert.deepEqual(firstFreeSlot(day, meetings, 1.5), i(13, 14.5));
    assert.equal(firstFreeSlot(day, meetings, 3), undefined);
  });
});
