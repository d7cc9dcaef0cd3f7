import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { footingsFor, stacksToRope, tallestStack } from '../src/stacks.js';

describe('stacks', () => {
  it('finds the tallest stack on the bog', () => {
    assert.equal(tallestStack({ north: 1.4, road: 1.9, well: 1.1 }), 1.9);
  });

  it('ropes down the tall stacks', () => {
    assert.deepEqual(stacksToRope({ north: 1.4, road: 1.9, well: 1.6 }), ['road', 'well']);
  });

  it('stands turves six to a footing', () => {
    assert.equal(footingsFor(40), 7);
  });
});
