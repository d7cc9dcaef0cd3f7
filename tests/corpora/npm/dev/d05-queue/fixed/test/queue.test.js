import { test } from 'node:test';
import assert from 'node:assert/strict';
import { PriorityQueue } from '../src/queue.js';

function drain(queue) {
  const out = [];
  while (queue.size > 0) {
    out.push(queue.pop());
  }
  return out;
}

test('pops in priority order', () => {
  const queue = new PriorityQueue();
  for (const n of [5, 3, 8, 1, 9, 2, 7, 4, 6]) {
    queue.push(n);
  }
  assert.deepEqual(drain(queue), [1, 2, 3, 4, 5, 6, 7, 8, 9]);
});

test('a custom order', () => {
  const queue = new PriorityQueue((a, b) => b.length - a.length);
  for (const word of ['a', 'abcd', 'ab', 'abc']) {
    queue.push(word);
  }
  assert.deepEqual(drain(queue), ['abcd', 'abc', 'ab', 'a']);
});

test('an empty queue pops undefined', () => {
  assert.equal(new PriorityQueue().pop(), undefined);
});
