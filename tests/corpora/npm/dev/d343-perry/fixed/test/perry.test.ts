import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { abv, isStable, lowest, parseReading, rackingNote } from '../src/index';

const READINGS = [
  { day: 1, gravity: 1.06 },
  { day: 8, gravity: 1.02 },
  { day: 15, gravity: 1.004 },
  { day: 22, gravity: 1.004 },
];

describe('perry', () => {
  it('works out the strength', () => {
    assert.equal(abv(1.06, 1.004), 7.4);
    assert.equal(abv(1.05, 1), 6.6);
  });

  it('finds the lowest gravity', () => {
    assert.equal(lowest(READINGS), 1.004);
  });

  it('reads a hydrometer line', () => {
    assert.deepEqual(parseReading('15,1.004'), { day: 15, gravity: 1.004 });
  });

  it('racks once the gravity holds', () => {
    assert.equal(isStable(READINGS, 2), true);
    assert.equal(isStable(READINGS, 3), false);
    assert.equal(rackingNote(1.06, READINGS), 'FG 1.004, 7.4% ABV');
  });
});
