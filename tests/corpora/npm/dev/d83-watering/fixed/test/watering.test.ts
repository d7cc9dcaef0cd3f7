import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { addDays, amountMl, dueToday, isWinter, litresPerWeek, nextWatering, overdue, parseDay, type Plant } from '../src/index';

const PLANTS: Plant[] = [
  { name: 'fern', everyDays: 3, lastWatered: '2026-03-10', potLitres: 1.5 },
  { name: 'cactus', everyDays: 14, lastWatered: '2026-02-20', potLitres: 0.8 },
  { name: 'monstera', everyDays: 7, lastWatered: '2026-03-05', potLitres: 6 },
];

describe('dates', () => {
  it('are ISO days', () => {
    assert.equal(addDays('2026-02-27', 3), '2026-03-02');
    assert.equal(addDays('2024-02-27', 3), '2024-03-01');
    assert.throws(() => parseDay('3/5/2026'), /not a date/);
  });

  it('tell the winter rest', () => {
    assert.deepEqual(
      ['2026-11-15', '2026-03-01', '2026-02-28', '2026-10-31', '2027-01-10'].map(isWinter),
      [true, false, true, false, true],
    );
  });
});

describe('schedule', () => {
  it('gives the next watering', () => {
    assert.deepEqual(PLANTS.map(nextWatering), ['2026-03-13', '2026-03-20', '2026-03-12']);
  });

  it('lists the plants due, the longest overdue first', () => {
    assert.deepEqual(dueToday(PLANTS, '2026-03-13'), ['monstera', 'fern']);
    assert.deepEqual(dueToday(PLANTS, '2026-03-11'), []);
    assert.equal(overdue(PLANTS[2], '2026-03-20'), 8);
  });
});

describe('water', () => {
  it('measures a watering', () => {
    assert.deepEqual(PLANTS.map(amountMl), [400, 200, 1500]);
  });

  it('adds up a week', () => {
    assert.equal(litresPerWeek(PLANTS, '2026-03-13'), 2.5);
    assert.equal(litresPerWeek(PLANTS, '2026-12-01'), 1.3);
  });
});
