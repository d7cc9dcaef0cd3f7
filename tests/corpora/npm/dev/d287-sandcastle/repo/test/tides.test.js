import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { forget, lastLowTide, lowTide } from '../src/tides.js';

const offline = { lowTide: () => Promise.reject(new Error('station offline')) };
const harbour = { lowTide: (beach) => new Promise((resolve) => setTimeout(() => resolve(`${beach} 14:05`), 10)) };

describe('tides', () => {
  it('takes the low tide from the first station that answers', async () => {
    assert.equal(await lowTide([offline, harbour], 'West Sands'), 'West Sands 14:05');
    assert.equal(lastLowTide(), 'West Sands 14:05');
  });

  it('gives null when no station answers', async () => {
    assert.equal(await lowTide([offline], 'West Sands'), null);
  });

  it('forgets the last answer', async () => {
    await lowTide([harbour], 'Bay');
    forget();
    assert.equal(lastLowTide(), null);
  });
});
