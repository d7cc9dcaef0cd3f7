import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { chosen, combined } from '../src/pools.js';

const POOLS = [
  { id: 1, name: 'Gully', creatures: ['shore crab', 'blenny'] },
  { id: 2, name: 'Ledge', creatures: ['anemone'] },
  { id: 3, name: 'Basin', creatures: ['prawn', 'goby'] },
];

describe('pools', () => {
  it('puts the creatures of several pools together', () => {
    assert.deepEqual(combined(POOLS[0], POOLS[2]), ['shore crab', 'blenny', 'prawn', 'goby']);
    assert.deepEqual(combined(), []);
  });

  it('chooses pools by the ids typed in', () => {
    assert.deepEqual(chosen(POOLS, '3,1'), ['Gully', 'Basin']);
    assert.deepEqual(chosen(POOLS, '7'), []);
  });
});
