import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { bonus, pips, standings } from '../src/scores.js';

describe('scores', () => {
  it('counts the pips left in a hand', () => {
    assert.equal(pips([[6, 5], [0, 3]]), 14);
  });

  it('gives the bonus for going out, a smaller one for doubles only', () => {
    assert.equal(bonus([]), 10);
    assert.equal(bonus([[2, 2], [5, 5]]), 5);
    assert.equal(bonus([[2, 2], [5, 1]]), 0);
  });

  it('ranks by points, then by name', () => {
    const players = [
      { name: 'Wren', points: 42 },
      { name: 'Tomas', points: 55 },
      { name: 'Priya', points: 42 },
      { name: 'Jo', points: 42 },
    ];
    assert.deepEqual(standings(players), ['Tomas', 'Jo', 'Priya', 'Wren']);
  });
});
