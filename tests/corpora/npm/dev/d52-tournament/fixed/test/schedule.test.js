const { describe, it } = require('node:test');
const assert = require('node:assert/strict');
const { roundRobin, byes } = require('../src');

function pairsOf(rounds) {
  return rounds.flat().map((pair) => [...pair].sort().join('-'));
}

describe('roundRobin', () => {
  it('plays every pair exactly once, one match per team a round', () => {
    const teams = ['Ajax', 'Benfica', 'Celtic', 'Dynamo', 'Everton', 'Feyenoord'];
    const rounds = roundRobin(teams);
    assert.equal(rounds.length, 5);
    const pairs = pairsOf(rounds);
    assert.equal(pairs.length, 15);
    assert.equal(new Set(pairs).size, 15);
    for (const pairsOfRound of rounds) {
      assert.equal(new Set(pairsOfRound.flat()).size, 6);
    }
  });

  it('gives the first team home and away games in turn', () => {
    const rounds = roundRobin(['A', 'B', 'C', 'D']);
    assert.deepEqual(rounds, [
      [['A', 'D'], ['B', 'C']],
      [['C', 'A'], ['B', 'D']],
      [['A', 'B'], ['C', 'D']],
    ]);
  });

  it('gives each team of an odd field one bye', () => {
    const teams = ['North', 'South', 'East', 'West', 'Centre'];
    const rounds = roundRobin(teams);
    assert.equal(rounds.length, 5);
    assert.equal(new Set(pairsOf(rounds)).size, 10);
    assert.deepEqual([...byes(teams)].sort(), [...teams].sort());
    assert.deepEqual(byes(['A', 'B']), []);
    assert.throws(() => roundRobin(['A', 'A']), /unique/);
  });
});
