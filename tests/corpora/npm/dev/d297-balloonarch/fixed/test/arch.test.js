import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { balloonsNeeded, pattern } from '../src/arch.js';

describe('a balloon arch', () => {
  it('writes its pattern cluster by cluster', () => {
    assert.equal(pattern(['red', 'gold', 'white'], 2), 'RGW-RGW');
  });

  it('orders a tenth more balloons to spare', () => {
    assert.equal(balloonsNeeded(['red', 'gold', 'white'], 12), 40);
    assert.equal(balloonsNeeded([], 12), 0);
  });
});
