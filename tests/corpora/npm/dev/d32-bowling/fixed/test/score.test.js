const { describe, it } = require('node:test');
const assert = require('node:assert/strict');
const { runningTotals, score } = require('../src/score');

describe('score', () => {
  it('adds up open frames', () => {
    assert.equal(score(Array(20).fill(0)), 0);
    assert.equal(score(Array(20).fill(1)), 20);
    assert.equal(score([9, 0, 3, 5]), 17);
  });

  it('gives a spare the next roll as bonus', () => {
    assert.equal(score([5, 5, 3, 0, ...Array(16).fill(0)]), 16);
    assert.equal(score(Array(21).fill(5)), 150);
  });

  it('gives a strike the next two rolls as bonus', () => {
    assert.equal(score([10, 3, 4, ...Array(16).fill(0)]), 24);
    assert.equal(score([10, 10, 10, ...Array(14).fill(0)]), 60);
    assert.equal(score(Array(12).fill(10)), 300);
    assert.equal(score([...Array(18).fill(0), 10, 7, 2]), 19);
  });

  it('keeps running totals and counts what is known of an unfinished game', () => {
    assert.deepEqual(runningTotals([10, 7, 3, 9, 0, 10, 0, 8]), [20, 39, 48, 66, 74]);
    assert.deepEqual(runningTotals([10, 4]), [14, 18]);
    assert.deepEqual(runningTotals([]), []);
    assert.equal(score([3]), 3);
  });
});
