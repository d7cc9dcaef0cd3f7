import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { Diary } from '../src/diary.js';

describe('the diary', () => {
  it('finds the bookings of a day', () => {
    const diary = new Diary();
    diary.book('Ayo', '2026-07-04', 'spiral');
    diary.book('Bea', '2026-07-05', 'garland');
    diary.book('Cal', '2026-07-04', 'organic');
    assert.deepEqual(diary.on('2026-07-04'), ['Ayo', 'Cal']);
  });

  it('remembers the latest booking', () => {
    const diary = new Diary();
    const booking = diary.book('Dee', '2026-08-01', 'spiral');
    assert.equal(diary.latest, booking);
    assert.equal(booking.customer, 'Dee');
  });
});
