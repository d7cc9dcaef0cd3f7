import assert from 'node:assert/strict';
import { clockIn, finishOrder, Loft, winner } from '../src/index.js';
import type { Clock } from '../src/index.js';

describe('lofts', () => {
  it('houses birds up to its capacity', () => {
    const loft = new Loft('Top loft', 2);
    loft.house({ ring: 2041, name: 'Bluebar' });
    assert.equal(loft.spaces, 1);
    assert.throws(() => loft.house({ ring: 2041, name: 'Again' }), /already in Top loft/);
    loft.house({ ring: 1877, name: 'Mealy' });
    assert.throws(() => loft.house({ ring: 2203, name: 'Grizzle' }), /is full/);
    assert.equal(loft.nameOf(1877), 'Mealy');
  });

  it('houses a bird from its label on the list', () => {
    const loft = new Loft('Widowhood loft', 3);
    loft.houseFromLabel(' 2203 Blue Grizzle');
    assert.equal(loft.nameOf(2203), 'Blue Grizzle');
    assert.throws(() => loft.houseFromLabel('Grizzle'), /not a bird label: Grizzle/);
  });
});

describe('races', () => {
  const arrivals = [
    { ring: 2041, minutes: 312.5 },
    { ring: 1877, minutes: 318 },
    { ring: 2203, minutes: 305 },
  ];

  it('ranks the birds by the time they took, not by ring', () => {
    const clock: Clock = {};
    arrivals.forEach((arrival) => clockIn(clock, arrival));
    assert.deepEqual(finishOrder(clock), [2203, 2041, 1877]);
    assert.throws(() => clockIn(clock, { ring: 1877, minutes: 400 }), /already clocked/);
  });

  it('names the fastest bird with its velocity', () => {
    assert.deepEqual(winner(arrivals, 402600), { ring: 2203, velocity: 1320 });
  });
});
