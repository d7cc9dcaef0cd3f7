import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { HireDesk } from '../src/hire.js';

describe('hire desk', () => {
  it('cuts the day into slots', () => {
    assert.deepEqual(new HireDesk().slots, ['09:00', '11:00', '13:00', '15:00']);
    assert.deepEqual(new HireDesk({ opens: '10:30', closes: '16:00', slotMinutes: 90 }).slots, ['10:30', '12:00', '13:30']);
  });

  it('books boats while the fleet lasts', () => {
    const desk = new HireDesk();
    assert.equal(desk.book('Ana', '11:00', 'double'), 2600);
    assert.equal(desk.book('Ben', '11:00', 'single'), 1800);
    assert.throws(() => desk.book('Cat', '11:00', 'double'), /no double left at 11:00/);
    assert.throws(() => desk.book('Cat', '12:00', 'sup'), /no slot at 12:00/);
    assert.equal(desk.takings(), 4400);
  });

  it('shows what is left in each slot', () => {
    const desk = new HireDesk({ opens: '09:00', closes: '13:00' });
    desk.book('Ana', '09:00', 'sup');
    assert.deepEqual(desk.timetable(), ['09:00 single:2 double:1 sup:2', '11:00 single:2 double:1 sup:3']);
  });
});
