import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { byDate, sheetNotes, weightChange, wingRange } from '../src/captures.js';

const captures = [
  { date: '2025-05-20', grams: 21.4, wingMm: 74 },
  { date: '2024-11-03', grams: 19.8, wingMm: 73 },
  { date: '2025-01-15', grams: 20.9, wingMm: 75 },
];

describe('captures', () => {
  it('are put in date order', () => {
    assert.deepEqual(
      byDate(captures).map((capture) => capture.date),
      ['2024-11-03', '2025-01-15', '2025-05-20'],
    );
  });

  it('give the change in weight from the first capture to the last', () => {
    assert.equal(weightChange(captures), 1.6);
    assert.equal(weightChange(captures.slice(0, 1)), 0);
  });

  it('give the range of wing lengths', () => {
    assert.deepEqual(wingRange(captures), { min: 73, max: 75 });
  });

  it('read the notes from anywhere on the sheet', () => {
    assert.equal(sheetNotes('ring: GB-AB1234\nnotes: brood patch \nweight: 18.2'), 'brood patch');
    assert.equal(sheetNotes('notes: moulting\nring: GB-AB1235'), 'moulting');
    assert.equal(sheetNotes('ring: GB-AB1236\nweight: 17.9'), '');
  });
});
