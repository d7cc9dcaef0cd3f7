import { test } from 'node:test';
import assert from 'node:assert/strict';
import { dimensions, identity, multiply, transpose } from '../src/matrix';

test('dimensions of a 2x3 matrix', () => {
  assert.deepEqual(dimensions([[1, 2, 3], [4, 5, 6]]), [2, 3]);
});

test('transpose swaps rows and columns', () => {
  assert.deepEqual(transpose([[1, 2, 3], [4, 5, 6]]), [[1, 4], [2, 5], [3, 6]]);
});

test('multiply a 2x3 by a 3x2 matrix', () => {
  assert.deepEqual(multiply([[1, 2, 3], [4, 5, 6]], [[7, 8], [9, 10], [11, 12]]), [[58, 64], [139, 154]]);
});

test('the identity changes nothing', () => {
  assert.deepEqual(multiply(identity(2), [[1, 2], [3, 4]]), [[1, 2], [3, 4]]);
});

test('mismatched sizes are refused', () => {
  assert.throws(() => multiply([[1, 2]], [[1, 2]]), RangeError);
});
