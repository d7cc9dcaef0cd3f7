import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { BeardTrim, Haircut, bill, freeCuts, loyaltyLine, points } from '../src';

describe('services', () => {
  it('prices each service', () => {
    assert.equal(new Haircut('short').pence(), 1800);
    assert.equal(new BeardTrim().pence(), 1200);
  });

  it('writes a bill', () => {
    assert.equal(
      bill([new Haircut('long'), new BeardTrim()]),
      'Long cut     £24.00\nBeard trim   £12.00\nTotal        £36.00',
    );
  });
});

describe('loyalty', () => {
  it('reads the points as the till writes them', () => {
    assert.equal(points('1,250'), 1250);
    assert.equal(points('640'), 640);
  });

  it('counts the free cuts a customer has earned', () => {
    assert.equal(freeCuts('2,480'), 2);
    assert.equal(freeCuts('980'), 0);
  });

  it('prints the free cuts on the receipt only when there are some', () => {
    assert.equal(loyaltyLine('Ana', '2,480'), 'Ana (free cuts: 2)');
    assert.equal(loyaltyLine('Bo', '980'), 'Bo');
  });
});
