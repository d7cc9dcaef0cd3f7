import assert from 'node:assert/strict';
import { Springs, load, save, visitMinutes } from '../src/index.js';

const POOLS = [
  { name: 'Lagoon', celsius: 38, maxMinutes: Infinity },
  { name: 'Crater', celsius: 42, maxMinutes: 10 },
  { name: 'Fern', celsius: 36, maxMinutes: 45 },
];

describe('springs', () => {
  it('lists the pools cool enough to bathe in', () => {
    assert.deepEqual(
      new Springs(POOLS).bathable().map((pool) => pool.name),
      ['Lagoon', 'Fern'],
    );
  });

  it('signs the time limit of a pool', () => {
    assert.deepEqual(new Springs(POOLS).sign(POOLS[1]), { name: 'Crater', limit: '10 min' });
  });
});

describe('visits', () => {
  it('adds up a visit of soaks and cool-downs', () => {
    assert.equal(visitMinutes(POOLS), 65);
  });
});

describe('board', () => {
  it('keeps a pool without a limit through the saved board', () => {
    const springs = new Springs(load(save(POOLS)));
    assert.deepEqual(springs.sign(springs.pools[0]), { name: 'Lagoon', limit: 'no limit' });
  });
});
