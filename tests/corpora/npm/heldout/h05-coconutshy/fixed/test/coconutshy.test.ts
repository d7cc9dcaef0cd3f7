import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { afternoon, Shy, stallRate, type Player } from '../src/index';

const players: Player[] = [
  { name: 'Ada', throws: 3, hits: 3 },
  { name: 'Bert', throws: 9, hits: 0 },
];

describe('coconut shy', () => {
  it('sells goes of three balls', () => {
    assert.equal(Shy.goesFor(7), 3);
  });

  it('rates the stall on all its throws', () => {
    assert.equal(stallRate(players), 25);
  });

  it('counts up the afternoon', () => {
    assert.deepEqual(afternoon(10, players), { goes: 4, left: 7, rate: 25 });
  });
});
