import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { Bookings, nightsOf } from '../src/bookings.js';

describe('bookings', () => {
  it('lists the nights of a stay across a month end', () => {
    assert.deepEqual(nightsOf('2026-07-30', '2026-08-02'), ['2026-07-30', '2026-07-31', '2026-08-01']);
    assert.deepEqual(nightsOf('2026-07-30', '2026-07-30'), []);
  });

  it('books a free pitch and prices the stay by the unit', () => {
    const bookings = new Bookings();
    assert.deepEqual(bookings.book('RIVER-03', 'caravan', '2026-07-30', '2026-08-02'), {
      pitch: 'RIVER-03',
      unit: 'caravan',
      nights: 3,
      total: 7800,
    });
    assert.throws(() => bookings.book('RIVER-03', 'tent', '2026-08-05', '2026-08-05'), RangeError);
  });

  it('refuses a stay that overlaps a booked night but takes one that starts on the departure day', () => {
    const bookings = new Bookings();
    bookings.book('MEADOW-10', 'tent', '2026-08-01', '2026-08-04');
    assert.equal(bookings.isFree('MEADOW-10', '2026-08-03', '2026-08-06'), false);
    assert.equal(bookings.book('MEADOW-10', 'tent', '2026-07-31', '2026-08-02'), null);
    assert.equal(bookings.isFree('MEADOW-10', '2026-08-04', '2026-08-06'), true);
    assert.equal(bookings.isFree('MEADOW-11', '2026-08-01', '2026-08-04'), true);
  });

  it('lists the pitches taken on a night', () => {
    const bookings = new Bookings();
    bookings.book('RIVER-03', 'tent', '2026-08-01', '2026-08-03');
    bookings.book('MEADOW-10', 'campervan', '2026-08-02', '2026-08-04');
    assert.deepEqual(bookings.occupancy('2026-08-02'), ['MEADOW-10', 'RIVER-03']);
    assert.deepEqual(bookings.occupancy('2026-08-03'), ['MEADOW-10']);
    assert.equal(bookings.busiestNight(), '2026-08-02');
    assert.equal(new Bookings().busiestNight(), null);
  });
});
