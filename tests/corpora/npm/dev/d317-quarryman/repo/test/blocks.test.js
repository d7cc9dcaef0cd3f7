import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Block, heaviest, liftable } from '../src/blocks.js';

const YARD = [
  new Block('granite', 2, 1, 0.5),
  new Block('slate', 1.5, 1, 0.4),
  new Block('sandstone', 2, 1.2, 0.8),
];

test('weighs a block from its size and its stone', () => {
  assert.deepEqual(
    YARD.map((block) => block.massKg),
    [2700, 1680, 4416],
  );
});

test('finds the heaviest block and the ones the crane can lift', () => {
  assert.equal(heaviest(YARD).stone, 'sandstone');
  assert.equal(liftable(YARD, 3000), 2);
});
