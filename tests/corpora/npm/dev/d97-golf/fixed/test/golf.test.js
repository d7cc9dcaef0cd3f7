import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { countback, courseHandicap, leaderboard, parOf, parseCourse, pointsPerHole, strokesPerHole } from '../src/index.js';

const COURSE = parseCourse(
  [4, 4, 3, 5, 4, 4, 3, 4, 5, 4, 3, 5, 4, 4, 4, 3, 5, 4],
  [7, 1, 15, 11, 3, 13, 17, 5, 9, 8, 16, 10, 2, 14, 4, 18, 12, 6],
);

const ANNA = [5, 5, 3, 6, 5, 4, 4, 5, 6, 5, 3, 6, 6, 4, 5, 4, 5, 5];
const BEN = [4, 6, 3, 5, null, 5, 3, 4, 6, 4, 4, 5, 5, 4, 5, 3, 6, 5];

describe('course', () => {
  it('is par 72 with indexes 1 to 18', () => {
    assert.equal(parOf(COURSE), 72);
    assert.throws(() => parseCourse(Array(18).fill(4), Array(18).fill(1)), /1 to 18/);
    assert.throws(() => parseCourse([4, 4], [1, 2]), /18 holes/);
  });

  it('gives the course handicap', () => {
    assert.equal(courseHandicap(14.2, 128, 71.4, 72), 15);
    assert.equal(courseHandicap(3.1, 113, 73.0, 72), 4);
  });
});

describe('strokes', () => {
  it('go to the hardest holes first', () => {
    const strokes = strokesPerHole(COURSE, 4);
    assert.deepEqual(strokes.map((s, i) => (s ? COURSE[i].si : 0)).filter(Boolean).sort((a, b) => a - b), [1, 2, 3, 4]);
    assert.equal(strokesPerHole(COURSE, 18).every((s) => s === 1), true);
    assert.deepEqual(strokesPerHole(COURSE, 20).slice(0, 3), [1, 2, 1]);
    assert.deepEqual(strokesPerHole(COURSE, 0), Array(18).fill(0));
  });
});

describe('stableford', () => {
  it('scores each hole', () => {
    assert.deepEqual(pointsPerHole(ANNA, COURSE, 16).slice(0, 6), [2, 2, 3, 2, 2, 3]);
    assert.deepEqual(pointsPerHole(BEN, COURSE, 8).slice(0, 6), [3, 1, 2, 2, 0, 1]);
  });

  it('breaks ties on the back nine', () => {
    assert.deepEqual(countback(ANNA, COURSE, 16), [19, 12, 6, 2]);
    assert.deepEqual(
      leaderboard(
        [
          { name: 'Cai', card: ANNA, handicap: 12 },
          { name: 'Anna', card: ANNA, handicap: 16 },
          { name: 'Ben', card: BEN, handicap: 10 },
        ],
        COURSE,
      ),
      ['1. Anna 38', '2. Ben 34', '3. Cai 34'],
    );
  });
});
