const { describe, it } = require('node:test');
const assert = require('node:assert/strict');
const { distance, route, tripTime } = require('../src/controller');

describe('routing', () => {
  it('serves the floors ahead before turning round', () => {
    assert.deepEqual(route('G', ['3', '1', 'B1', '5']), ['1', '3', '5', 'B1']);
    assert.deepEqual(route('4', ['6', '2', '9', 'B2', '5'], 'down'), ['2', 'B2', '5', '6', '9']);
    assert.deepEqual(route('3', ['1', '3', '1', 'G']), ['1', 'G']);
    assert.deepEqual(route('G', []), []);
  });

  it('counts the floors and the time of a trip', () => {
    assert.equal(distance('G', ['1', '3', '5', 'B1']), 11);
    assert.equal(tripTime('G', ['1', '3', '5', 'B1']), 54);
    assert.equal(tripTime('B1', ['4'], { perFloor: 3, perStop: 10 }), 25);
  });
});
