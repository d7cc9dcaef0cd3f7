import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { bootSize, chargedDays, formatPence, isHighSeason, quote, rentalDays, type Rental, skiLengthCm } from '../src/index';

const FAMILY: Rental[] = [
  { from: '2027-01-11', to: '2027-01-15', age: 41, items: ['skis', 'boots', 'poles'] },
  { from: '2027-01-11', to: '2027-01-15', age: 9, items: ['skis', 'boots', 'poles', 'helmet'] },
];

describe('dates', () => {
  it('counts the first and the last day', () => {
    assert.equal(rentalDays('2027-01-11', '2027-01-15'), 5);
    assert.equal(rentalDays('2027-02-27', '2027-03-02'), 4);
    assert.equal(rentalDays('2027-01-11', '2027-01-11'), 1);
    assert.throws(() => rentalDays('2027-01-11', '2027-01-10'), /returned before/);
    assert.throws(() => rentalDays('11/01/2027', '2027-01-12'), /not a date/);
  });
});

describe('pricing', () => {
  it('charges a week as five days', () => {
    assert.equal(chargedDays(3), 3);
    assert.equal(chargedDays(7), 5);
    assert.equal(chargedDays(13), 10);
    assert.equal(chargedDays(15), 11);
  });

  it('knows the high season', () => {
    assert.equal(isHighSeason('2027-02-15'), true);
    assert.equal(isHighSeason('2027-02-23'), false);
  });

  it('quotes a family, the child at a discount', () => {
    assert.deepEqual(quote(FAMILY[0]), { days: 5, pence: 15000 });
    assert.deepEqual(quote(FAMILY[1]), { days: 5, pence: 10200 });
    assert.deepEqual(quote({ from: '2027-02-15', to: '2027-02-21', age: 30, items: ['skis'] }), { days: 7, pence: 10800 });
    assert.deepEqual(quote({ from: '2027-03-01', to: '2027-03-02', age: 30, items: ['boots'] }), { days: 2, pence: 1800 });
  });
});

describe('fitting', () => {
  it('sizes skis and boots', () => {
    assert.equal(skiLengthCm(178, 'beginner'), 160);
    assert.equal(skiLengthCm(164, 'advanced'), 165);
    assert.equal(bootSize(268), '27.0');
    assert.equal(bootSize(271), '27.5');
    assert.equal(formatPence(10200), '£102.00');
  });
});
