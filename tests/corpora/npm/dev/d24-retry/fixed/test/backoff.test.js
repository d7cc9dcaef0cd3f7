import { test } from 'node:test';
import assert from 'node:assert/strict';
import { backoffDelay, schedule } from '../src/index.js';

test('the first retry waits the base delay, then it doubles', () => {
  assert.deepEqual(schedule(5), [100, 200, 400, 800, 1600]);
  assert.equal(backoffDelay(1, { base: 250 }), 250);
});

test('the delay is capped', () => {
  assert.deepEqual(schedule(4, { base: 1000, factor: 3, max: 5000 }), [1000, 3000, 5000, 5000]);
});

test('full jitter picks a delay up to the exponential one', () => {
  assert.equal(backoffDelay(3, { jitter: true, random: () => 0.5 }), 200);
  assert.equal(backoffDelay(3, { jitter: true, random: () => 0 }), 0);
});

test('attempts are counted from 1', () => {
  assert.throws(() => backoffDelay(0), RangeError);
  assert.throws(() => backoffDelay(1.5), RangeError);
});
