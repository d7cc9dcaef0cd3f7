import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { byPlot, score } from '../src/entries.js';

describe('entries', () => {
  it('keeps the first entry of a plot', () => {
    const entries = [
      { plot: 'A1', builder: 'Morag' },
      { plot: 'A2', builder: 'Iain' },
      { plot: 'A1', builder: 'Fergus' },
    ];
    assert.deepEqual(byPlot(entries), { A1: 'Morag', A2: 'Iain' });
  });

  it('scores a castle', () => {
    assert.equal(score({ towers: 4, moatM: 3, flag: true }), 23);
    assert.equal(score({ towers: 2, moatM: 0, flag: false }), 6);
  });
});
