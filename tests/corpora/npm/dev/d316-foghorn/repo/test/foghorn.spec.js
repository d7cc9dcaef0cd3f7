const assert = require('node:assert/strict');
const { EOL } = require('node:os');
const { STATIONS, audibleKm, blastsPerCycle, blastsPerHour, report } = require('../src');

const [nabHead, blackRock, skerry] = STATIONS;

describe('foghorn', () => {
  it('counts the blasts of one cycle of a pattern', () => {
    assert.equal(blastsPerCycle(nabHead), 3);
    assert.equal(blastsPerCycle(skerry), 3);
  });

  it('counts the blasts an hour', () => {
    assert.equal(blastsPerHour(nabHead), 180);
    assert.equal(blastsPerHour(blackRock), 120);
    assert.equal(blastsPerHour(skerry), 120);
  });

  it('gives the range in kilometres', () => {
    assert.equal(audibleKm(blackRock), 5.6);
    assert.equal(audibleKm(skerry), 2.8);
  });

  it('reports every station on a line of its own', () => {
    assert.equal(report(), ['Nab Head: 180/h', 'Black Rock: 120/h', 'Skerry: 120/h'].join(EOL));
  });
});
