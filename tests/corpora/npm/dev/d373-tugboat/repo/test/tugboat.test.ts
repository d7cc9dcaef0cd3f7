import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { hoursFor, quoteTow, towageFee, tugsFor } from '../src/index';

describe('tugs', () => {
  it('sends a tug for every 20,000 tonnes, at least one', () => {
    assert.equal(tugsFor(8000, 10), 1);
    assert.equal(tugsFor(40000, 10), 2);
    assert.equal(tugsFor(41000, 10), 3);
  });

  it('sends one more in a strong wind', () => {
    assert.equal(tugsFor(40000, 25), 3);
  });
});

describe('fees', () => {
  it('pays each tug its call-out and its hours', () => {
    assert.equal(towageFee(2, 1.5), 1360);
    assert.equal(towageFee(3, 1), 1710);
  });

  it('bills the tow in quarter hours', () => {
    assert.equal(hoursFor(10, 8), 1.25);
    assert.equal(hoursFor(9, 6), 1.5);
  });
});

describe('quote', () => {
  it('quotes a tow', () => {
    const tow = { ship: 'Maren Kolle', tonnes: 52000, windKn: 12, distanceNm: 9, speedKn: 6 };
    assert.deepEqual(quoteTow(tow), { ship: 'Maren Kolle', tugs: 3, hours: 1.5, fee: 2040 });
  });
});
