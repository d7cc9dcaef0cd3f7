import assert from 'node:assert/strict';
import { PERIODS, angleAfter, ratio, synodic, turnsOf } from '../src/index.js';

describe('gears', () => {
  it('gears down from the driver to the driven wheel', () => {
    assert.equal(ratio({ teeth: 12 }, { teeth: 48 }), 4);
    assert.equal(turnsOf({ teeth: 12 }, { teeth: 48 }, 8), 2);
  });
});

describe('planets', () => {
  it('finds how often two planets line up', () => {
    assert.equal(synodic(PERIODS.earth, PERIODS.mars), 779);
    assert.equal(synodic(PERIODS.mercury, PERIODS.earth), 116);
  });

  it('moves a planet round its orbit', () => {
    assert.equal(angleAfter(200, 400), 180);
    assert.equal(angleAfter(500, 400, 45), 135);
  });
});
