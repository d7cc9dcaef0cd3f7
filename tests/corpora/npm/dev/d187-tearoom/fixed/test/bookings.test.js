import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { Bookings, hhmm } from '../src/bookings.js';

describe('bookings', () => {
  it('reads a clock time as HHMM', () => {
    assert.equal(hhmm('9:05'), 905);
    assert.equal(hhmm('15:45'), 1545);
  });

  it('books sittings that fit the day and do not overlap', () => {
    const day = new Bookings('2026-05-02', ['window', 'garden']);
    assert.equal(day.book('window', '10:00', 'Marsh'), true);
    assert.equal(day.book('window', '11:00', 'Quill'), false);
    assert.equal(day.book('window', '11:30', 'Quill'), true);
    assert.throws(() => day.book('garden', '8:00', 'Early'), /no sitting at 8:00/);
    assert.throws(() => day.book('garden', '16:30', 'Late'), /no sitting at 16:30/);
    assert.throws(() => day.book('attic', '12:00', 'Lost'), /no table attic/);
  });

  it('saves the day and loads it back', () => {
    const day = new Bookings('2026-05-02', ['window', 'garden']);
    day.book('garden', '14:00', 'Fenwick');
    day.book('window', '8:30', 'Abbot');
    const text = day.save();
    assert.deepEqual(JSON.parse(text).tables.garden, [{ start: 1400, end: 1530, guest: 'Fenwick' }]);
    const again = Bookings.load(text);
    assert.deepEqual(again.guests(), ['Abbot', 'Fenwick']);
    assert.equal(again.book('garden', '15:00', 'Hale'), false);
  });
});
