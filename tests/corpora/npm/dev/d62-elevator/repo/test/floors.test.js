const { describe, it } = require('node:test');
const assert = require('node:assert/strict');
const { floorLabel, floorNumber } = require('../src/floors');

describe('floors', () => {
  it('reads labels as numbers', () => {
    assert.equal(floorNumber('G'), 0);
    assert.equal(floorNumber('g'), 0);
    assert.equal(floorNumber('B2'), -2);
    assert.equal(floorNumber(' 7 '), 7);
    assert.equal(floorNumber(12), 12);
    assert.throws(() => floorNumber('M'), /no such floor: 'M'/);
  });

  it('writes numbers as labels', () => {
    assert.deepEqual([-2, -1, 0, 1, 14].map(floorLabel), ['B2', 'B1', 'G', '1', '14']);
  });
});
