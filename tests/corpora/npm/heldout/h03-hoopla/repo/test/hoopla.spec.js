import assert from 'node:assert/strict';
import { playRound, score } from '../src/index.js';

describe('rings', () => {
  it('sells three rings a pound and singles with the change', () => {
    assert.equal(playRound('Ann', 180, []).rings, 5);
    assert.equal(playRound('Ann', 100, []).rings, 3);
    assert.equal(playRound('Ann', 39, []).rings, 0);
  });
});

describe('prizes', () => {
  it('gives a prize for each ring thrown', () => {
    assert.deepEqual(playRound('Bo', 100, ['wood', 'miss', 'gold', 'silver']).prizes, [
      'lollipop',
      'no prize',
      'giant teddy',
    ]);
  });
  it('scores the rings that landed', () => {
    assert.equal(score(['wood', 'miss', 'gold']), 2);
  });
});
