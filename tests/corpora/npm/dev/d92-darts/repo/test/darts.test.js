const assert = require('node:assert/strict');
const { describe, it } = require('node:test');
const { checkout, parseDart, playLeg, playVisit, scoreboard } = require('../src');

describe('darts', () => {
  it('are read as the scorer writes them', () => {
    assert.deepEqual(['T20', 'd16', '7', 'S7', 'OB', 'BULL', 'MISS'].map((t) => parseDart(t).score), [60, 32, 7, 7, 25, 50, 0]);
    assert.equal(parseDart('D3').double, true);
    assert.equal(parseDart('BULL').double, true);
    assert.equal(parseDart('T3').double, false);
    assert.throws(() => parseDart('T21'), /not a dart: T21/);
    assert.throws(() => parseDart('Q5'), /not a dart/);
  });
});

describe('visits', () => {
  it('bust below zero, at one, or at zero without a double', () => {
    assert.deepEqual(playVisit(41, ['20', '20']), { left: 41, thrown: 2, bust: true, finished: false });
    assert.deepEqual(playVisit(40, ['S20', '20']), { left: 40, thrown: 2, bust: true, finished: false });
    assert.deepEqual(playVisit(30, ['T20']), { left: 30, thrown: 1, bust: true, finished: false });
    assert.deepEqual(playVisit(32, ['8', 'D12', 'T20']), { left: 0, thrown: 2, bust: false, finished: true });
    assert.deepEqual(playVisit(100, ['T20', 'MISS', '5']), { left: 35, thrown: 3, bust: false, finished: false });
  });
});

describe('legs', () => {
  const leg = playLeg(['T20 T20 T20', 'T20 T19 19', 'T20 T20 T20', '4', '3 D1', 'T20']);

  it('are played to zero', () => {
    assert.equal(leg.left, 0);
    assert.equal(leg.darts, 12);
    assert.equal(leg.average, 125.25);
    assert.equal(leg.history.length, 5);
  });

  it('are shown on the scoreboard', () => {
    assert.deepEqual(scoreboard(leg), ['180 321', '136 185', '180   5', '  0   5 bust', '  5   0']);
  });
});

describe('checkouts', () => {
  it('take the fewest darts, ending on a double', () => {
    assert.deepEqual(checkout(170), ['T20', 'T20', 'BULL']);
    assert.deepEqual(checkout(100), ['T20', 'D20']);
    assert.deepEqual(checkout(61), ['T19', 'D2']);
    assert.deepEqual(checkout(40), ['D20']);
    assert.deepEqual(checkout(3), ['1', 'D1']);
  });

  it('do not exist for some scores', () => {
    assert.equal(checkout(169), null);
    assert.equal(checkout(171), null);
    assert.equal(checkout(1), null);
  });
});
