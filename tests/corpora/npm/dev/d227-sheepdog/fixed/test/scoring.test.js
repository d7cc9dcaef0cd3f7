import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { aggregate, board, placings, runScore } from '../src/scoring.js';

describe('scoring', () => {
  it('takes the deductions off each phase, never below nothing', () => {
    assert.equal(runScore({}), 100);
    assert.equal(runScore({ outrun: 3, pen: 12, shed: 2.5 }), 84.5);
  });

  it('adds the two judges cards', () => {
    assert.equal(aggregate([{ outrun: 3, drive: 6.5 }, { lift: 2, drive: 5 }]), 183.5);
  });

  it('keeps the better of two runs on the board, in running order', () => {
    const runs = [
      { number: 12, dog: 'Tess', deductions: { drive: 6 } },
      { number: 3, dog: 'Cap', deductions: { pen: 10 } },
      { number: 12, dog: 'Tess', deductions: { drive: 2 } },
      { number: 27, dog: 'Moss', deductions: { fetch: 4.5 } },
    ];
    assert.deepEqual(board(runs), [
      { number: 12, dog: 'Tess', points: 98 },
      { number: 3, dog: 'Cap', points: 90 },
      { number: 27, dog: 'Moss', points: 95.5 },
    ]);
  });

  it('places the dogs on their points, then by name', () => {
    const entries = [
      { dog: 'Tess', cards: [{ drive: 4 }, { drive: 6 }] },
      { dog: 'Cap', cards: [{ pen: 10 }, { shed: 5 }] },
      { dog: 'Moss', cards: [{ fetch: 5 }, { lift: 5 }] },
    ];
    assert.deepEqual(placings(entries), [
      { dog: 'Moss', points: 190 },
      { dog: 'Tess', points: 190 },
      { dog: 'Cap', points: 185 },
    ]);
  });
});
