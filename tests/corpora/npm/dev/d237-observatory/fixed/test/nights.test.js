import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { bestNight, pointing } from '../src/nights.js';

describe('nights', () => {
  it('picks the steadiest night, the earlier one on a tie', () => {
    const nights = [
      { date: '2025-10-02', seeing: 3 },
      { date: '2025-10-05', seeing: 2 },
      { date: '2025-10-09', seeing: 2 },
      { date: '2025-10-11', seeing: 4 },
    ];
    assert.deepEqual(bestNight(nights), { date: '2025-10-05', seeing: 2 });
    assert.equal(bestNight([]), null);
  });

  it('points the mount', () => {
    assert.equal(pointing({ name: 'M31', ra: 0.7, dec: 41.3 }), 'M31: RA 0h42m, Dec +41.3°');
    assert.equal(pointing({ name: 'M83', ra: 13.6, dec: -29.9 }), 'M83: RA 13h36m, Dec -29.9°');
  });
});
