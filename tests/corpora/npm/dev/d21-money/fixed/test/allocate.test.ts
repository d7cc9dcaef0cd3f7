import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { allocate, splitEvenly } from '../src/allocate';
import { fromCents, type Money } from '../src/money';

const cents = (shares: Money[]) => shares.map((share) => share.cents);

describe('allocate', () => {
  it('splits evenly and gives the leftover cents to the first shares', () => {
    assert.deepEqual(cents(splitEvenly(fromCents(100, 'USD'), 3)), [34, 33, 33]);
    assert.deepEqual(cents(splitEvenly(fromCents(5, 'USD'), 4)), [2, 1, 1, 1]);
  });

  it('splits by ratios to the largest remainders', () => {
    assert.deepEqual(cents(allocate(fromCents(1000, 'EUR'), [70, 20, 10])), [700, 200, 100]);
    assert.deepEqual(cents(allocate(fromCents(101, 'EUR'), [1, 2, 2])), [20, 41, 40]);
  });

  it('never loses or invents a cent', () => {
    for (const total of [1, 99, 1001, 123457]) {
      const shares = allocate(fromCents(total, 'USD'), [3, 7, 11, 13]);
      assert.equal(cents(shares).reduce((a, b) => a + b, 0), total);
    }
  });

  it('keeps the currency and refuses what cannot be split', () => {
    assert.deepEqual(splitEvenly(fromCents(3, 'JPY'), 2), [fromCents(2, 'JPY'), fromCents(1, 'JPY')]);
    assert.throws(() => splitEvenly(fromCents(3, 'JPY'), 0), RangeError);
    assert.throws(() => allocate(fromCents(3, 'JPY'), [0, 0]), /zero/);
    assert.throws(() => allocate(fromCents(3, 'JPY'), []), /nothing/);
  });
});
