import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { heatWinners, heatsFor, sackCount, sackFor, startList } from '../src/index.js';

const racers = ['Ada', 'Ben', 'Cal', 'Dot', 'Eve', 'Fay'].map((name, i) => ({ name, heightCm: 100 + 15 * i }));

describe('heats', () => {
  it('splits the racers into heats of four', () => {
    assert.deepEqual(heatsFor(racers).map((heat) => heat.length), [4, 2]);
  });
  it('sends the fastest through', () => {
    const results = [
      { name: 'Ada', seconds: 14.2 },
      { name: 'Ben', seconds: 12.9 },
      { name: 'Cal', seconds: 15.5 },
    ];
    assert.deepEqual(heatWinners(results, 2).map((racer) => racer.name), ['Ben', 'Ada']);
  });
  it('writes the start list', () => {
    assert.deepEqual(startList(racers), ['Heat 1: Ada, Ben, Cal, Dot', 'Heat 2: Eve, Fay']);
  });
});

describe('sacks', () => {
  it('fits a sack to the racer', () => {
    assert.equal(sackFor(110), 'small');
    assert.equal(sackFor(145), 'medium');
    assert.equal(sackFor(175), 'large');
  });
  it('counts the sacks to bring', () => {
    assert.deepEqual(sackCount(racers), { large: 2, medium: 2, small: 2 });
  });
});
