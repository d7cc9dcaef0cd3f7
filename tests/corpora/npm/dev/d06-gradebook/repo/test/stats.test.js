import { expect, it } from 'vitest';
import { mean, median } from '../src/stats.js';

it('mean of nothing is zero', () => {
  expect(mean([])).toBe(0);
});

it('median of an odd count is the middle', () => {
  expect(median([3, 1, 2])).toBe(2);
});
