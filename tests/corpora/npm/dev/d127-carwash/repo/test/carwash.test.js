import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { assignBays, longestWait, LoyaltyCard, price } from '../src/index.js';

const MORNING = [
  { plate: 'KX21 ABC', arrives: 0, minutes: 12 },
  { plate: 'LM70 QRS', arrives: 2, minutes: 8 },
  { plate: 'BD19 XYZ', arrives: 5, minutes: 10 },
  { plate: 'YP68 TUV', arrives: 6, minutes: 6 },
];

describe('bays', () => {
  it('sends each car to the bay that is free first', () => {
    assert.deepEqual(assignBays(MORNING, 2), [
      [
        { plate: 'KX21 ABC', start: 0 },
        { plate: 'YP68 TUV', start: 12 },
      ],
      [
        { plate: 'LM70 QRS', start: 2 },
        { plate: 'BD19 XYZ', start: 10 },
      ],
    ]);
  });

  it('finds the longest wait', () => {
    assert.equal(longestWait(MORNING, 2), 6);
    assert.equal(longestWait(MORNING, 4), 0);
  });
});

describe('prices', () => {
  it('adds the extras to the programme', () => {
    assert.equal(price('foam', { extras: ['wax', 'underbody'] }), 1450);
    assert.equal(price('basic'), 600);
    assert.equal(price('deluxe', null), 1400);
  });

  it('refuses a programme it does not have', () => {
    assert.throws(() => price('steam'), /the wash doesn't have a programme called steam/);
  });

  it('gives every tenth wash free', () => {
    const card = new LoyaltyCard();
    const free = Array.from({ length: 20 }, () => card.stamp());
    assert.deepEqual(
      free.flatMap((isFree, i) => (isFree ? [i + 1] : [])),
      [10, 20],
    );
    assert.equal(card.stamps, 20);
  });
});
