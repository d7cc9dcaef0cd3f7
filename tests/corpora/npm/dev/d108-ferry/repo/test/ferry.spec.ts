import assert from 'node:assert/strict';
import { type Booking, fare, fits, laneMetresUsed, load, manifest, type Sailing, totalFares } from '../src/index.js';

const SAILING: Sailing = { route: 'Oban-Craignure', departs: '2026-07-04T09:55', laneMetres: 27, seats: 14 };

const REQUESTS: Booking[] = [
  { ref: 'A1', kind: 'car', lengthM: 4.4, passengers: 2 },
  { ref: 'A2', kind: 'van', lengthM: 6.3, passengers: 1 },
  { ref: 'A3', kind: 'bicycle', lengthM: 1.8, passengers: 1 },
  { ref: 'A4', kind: 'car', lengthM: 5.1, passengers: 4 },
  { ref: 'A5', kind: 'van', lengthM: 7.9, passengers: 2 },
  { ref: 'A6', kind: 'motorbike', lengthM: 2.2, passengers: 1 },
  { ref: 'A7', kind: 'foot', lengthM: 0, passengers: 3 },
];

describe('deck', () => {
  it('measures the lanes used, with a gap behind each vehicle', () => {
    assert.equal(laneMetresUsed(REQUESTS.slice(0, 4)), 17.3);
    assert.equal(laneMetresUsed([]), 0);
  });

  it('checks the lanes and the seats', () => {
    assert.equal(fits(SAILING, REQUESTS.slice(0, 4), REQUESTS[4]), true);
    assert.equal(fits(SAILING, REQUESTS.slice(0, 5), REQUESTS[5]), false);
    assert.equal(fits({ ...SAILING, seats: 8 }, REQUESTS.slice(0, 4), REQUESTS[6]), false);
  });
});

describe('fares', () => {
  it('charge each started metre beyond five', () => {
    assert.equal(fare(REQUESTS[0]), 6100);
    assert.equal(fare(REQUESTS[1]), 8750);
    assert.equal(fare(REQUESTS[3]), 9100);
    assert.equal(fare(REQUESTS[4]), 10800);
    assert.equal(fare(REQUESTS[6]), 2850);
    assert.equal(totalFares(REQUESTS.slice(0, 2)), 14850);
  });
});

describe('loading', () => {
  it('takes what fits, in order', () => {
    const { aboard, refused } = load(SAILING, REQUESTS);
    assert.deepEqual(refused, ['A6']);
    assert.deepEqual(manifest(SAILING, aboard), [
      'Oban-Craignure 2026-07-04 morning sailing',
      'A1 car 2p £61.00',
      'A2 van 1p £87.50',
      'A3 bicycle 1p £13.50',
      'A4 car 4p £91.00',
      'A5 van 2p £108.00',
      'A7 foot 3p £28.50',
      'deck 25.7/27 m',
    ]);
  });
});
