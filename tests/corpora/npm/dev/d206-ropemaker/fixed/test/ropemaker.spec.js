const assert = require('node:assert/strict');
const { breakingStrength, layRope, strongestFor } = require('../src');

describe('strength', () => {
  it('grows with the square of the diameter', () => {
    assert.equal(breakingStrength(10, 'manila'), 5.5);
    assert.equal(breakingStrength(20, 'manila'), 22);
    assert.throws(() => breakingStrength(10, 'hemp'), /unknown fibre/);
  });
});

describe('ropes', () => {
  it('lays three strands into one rope', () => {
    assert.deepEqual(layRope('mooring', 'nylon', 8, 8, 8), {
      name: 'mooring',
      fibre: 'nylon',
      diameterMm: 13.9,
      strengthKn: 23.2,
      safeLoadKn: 4,
    });
  });

  it('refuses fewer than three strands', () => {
    assert.throws(() => layRope('thin', 'nylon', 8, 8), /three strands/);
  });

  it('picks the thinnest rope that holds a load', () => {
    const ropes = [layRope('sheet', 'polyester', 6, 6, 6), layRope('warp', 'manila', 12, 12, 12, 12)];
    assert.equal(strongestFor(3, ropes), 'warp');
    assert.equal(strongestFor(1, ropes), 'sheet');
    assert.equal(strongestFor(50, ropes), null);
  });
});
