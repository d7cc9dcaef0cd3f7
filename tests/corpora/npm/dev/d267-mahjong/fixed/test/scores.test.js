import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { scoreboard } from '../src/scores.js';

describe('scoreboard', () => {
  it('lists the players by name, whatever their case, and stars the leader', () => {
    const players = [
      { name: 'Zoltan', points: 2400 },
      { name: 'bea', points: 3100 },
      { name: 'Ana', points: 1800 },
    ];
    assert.deepEqual(scoreboard(players), ['Ana 1800', 'bea * 3100', 'Zoltan 2400']);
  });

  it('stars every player level at the top', () => {
    const players = [
      { name: 'Kei', points: 900 },
      { name: 'Ivo', points: 900 },
    ];
    assert.deepEqual(scoreboard(players), ['Ivo * 900', 'Kei * 900']);
  });
});
