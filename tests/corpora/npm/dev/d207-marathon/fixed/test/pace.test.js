import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { evenSplit, formatPace, splitPaces } from '../src/pace.js';

describe('paces', () => {
  it('shows seconds per kilometre as a clock', () => {
    assert.equal(formatPace(272), '4:32');
    assert.equal(formatPace(305.2), '5:05');
  });

  it('rounds a pace just under the minute up to it', () => {
    assert.equal(formatPace(299.7), '5:00');
  });

  it('gives the pace of each stretch between timing points', () => {
    const splits = [{ km: 10, seconds: 2950 }, { km: 21.1, seconds: 6280 }, { km: 42.2, seconds: 12900 }];
    assert.deepEqual(splitPaces(splits), [
      { km: 10, pace: '4:55' },
      { km: 21.1, pace: '5:00' },
      { km: 42.2, pace: '5:14' },
    ]);
    assert.equal(evenSplit(splits.slice(0, 1)), true);
  });
});
