import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { hoopNumber, leadText } from '../src/scores.js';

describe('scores', () => {
  it('reads a hoop from the score book', () => {
    assert.equal(hoopNumber('H7'), 7);
    assert.throws(() => hoopNumber('H13'), /not a hoop: H13/);
  });

  it('shows a lead on the board', () => {
    assert.equal(leadText(7), '+07');
    assert.equal(leadText(-3), '-03');
    assert.equal(leadText(-12), '-12');
  });
});
