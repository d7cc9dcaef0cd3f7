import assert from 'node:assert/strict';
import { MinHeap } from '../src/index';

describe('MinHeap', () => {
  it('pops items by increasing priority', () => {
    const heap = new MinHeap<number>((n) => n);
    const input = [42, 7, 19, 3, 88, 3, 61, 25, 0, 14, 50, 9, 33];
    input.forEach((n) => heap.push(n));
    assert.equal(heap.size, input.length);
    const out: number[] = [];
    while (heap.size > 0) {
      out.push(heap.pop() as number);
    }
    assert.deepEqual(out, [...input].sort((a, b) => a - b));
    assert.equal(heap.pop(), undefined);
  });

  it('orders by the priority function, interleaving pushes and pops', () => {
    const heap = new MinHeap<{ name: string; due: number }>((task) => task.due);
    heap.push({ name: 'report', due: 5 });
    heap.push({ name: 'email', due: 1 });
    heap.push({ name: 'review', due: 3 });
    assert.equal(heap.pop()?.name, 'email');
    heap.push({ name: 'call', due: 2 });
    heap.push({ name: 'lunch', due: 4 });
    assert.deepEqual(
      [heap.pop(), heap.pop(), heap.pop(), heap.pop()].map((task) => task?.name),
      ['call', 'review', 'lunch', 'report'],
    );
  });
});
