import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { leaderboard, multiplier, score } from '../src/scoring.js';

const NIGHT = [
  { singer: 'Ama', pitch: 80, timing: 90, difficulty: 'medium', completed: true },
  { singer: 'Ben', pitch: 70, timing: 60, difficulty: 'hard', completed: false },
  { singer: 'Cho', pitch: 95, timing: 85, difficulty: 'easy', completed: true },
  { singer: 'Dee & Eli', song: 'Summer Nights', pitch: 75, timing: 80, difficulty: 'easy', completed: true },
];

describe('scoring', () => {
  it('weights pitch over timing and rewards a hard song', () => {
    assert.equal(multiplier('hard'), 1.5);
    assert.equal(score(NIGHT[0]), 110);
    assert.equal(score(NIGHT[1]), 101);
    assert.throws(() => multiplier('impossible'));
  });

  it('adds points for a duet', () => {
    assert.equal(score(NIGHT[3]), 77 + 10 + 5);
    assert.equal(score({ ...NIGHT[3], song: 'Summer of 69' }), 77 + 10);
  });

  it('lets the host change the bonus for a full song, or turn it off', () => {
    assert.equal(score(NIGHT[2], { fullSongBonus: 5 }), 97);
    assert.equal(score(NIGHT[2], { fullSongBonus: 0 }), 92);
  });

  it('ranks the singers', () => {
    assert.deepEqual(
      leaderboard(NIGHT).map((entry) => `${entry.singer} ${entry.points}`),
      ['Ama 110', 'Cho 102', 'Ben 101', 'Dee & Eli 92'],
    );
  });
});
