import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { canBoard, type Dog, nightlyPence, nights, sizeOf, type Stay, stayPence } from '../src/index';

const MOSS: Dog = { name: 'Moss', weightKg: 19.5, vaccinatedUntil: '2027-02-10' };
const PIP: Dog = { name: 'Pip', weightKg: 6, vaccinatedUntil: '2027-06-01' };

describe('dates', () => {
  it('counts the nights, across the turn of the year too', () => {
    assert.equal(nights('2026-12-28', '2027-01-03'), 6);
  });
});

describe('fees', () => {
  it('sizes a dog by its weight', () => {
    assert.equal(sizeOf(6), 'small');
    assert.equal(sizeOf(25), 'large');
    assert.equal(nightlyPence(MOSS), 2900);
  });

  it('takes a fifth off from the eighth night', () => {
    assert.equal(stayPence({ dog: PIP, arrive: '2027-03-01', leave: '2027-03-04' }), 7200);
    assert.equal(stayPence({ dog: MOSS, arrive: '2027-01-01', leave: '2027-01-11' }), 7 * 2900 + 3 * 2320);
  });
});

describe('rules', () => {
  it('needs the vaccination valid until the dog goes home', () => {
    const stay: Stay = { dog: MOSS, arrive: '2027-02-05', leave: '2027-02-12' };
    assert.equal(canBoard(stay), false);
    assert.equal(canBoard({ ...stay, leave: '2027-02-10' }), true);
  });

  it('refuses a stay that ends before it starts', () => {
    assert.equal(canBoard({ dog: PIP, arrive: '2027-03-04', leave: '2027-03-01' }), false);
  });
});
