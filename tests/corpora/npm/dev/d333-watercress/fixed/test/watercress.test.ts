import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { BEDS, cutYieldKg, daysSinceSown, daysToCut, totalArea } from '../src/index';

describe('watercress', () => {
  it('adds up the beds', () => {
    assert.equal(totalArea(BEDS), 20.5);
    assert.equal(totalArea([]), 0);
  });

  it('counts whole days since sowing', () => {
    assert.equal(daysSinceSown(BEDS[0], '2026-04-20'), 50);
    assert.equal(daysSinceSown(BEDS[1], '2026-04-20'), 31);
  });

  it('waits six weeks for the first cut and three for each after', () => {
    assert.equal(daysToCut(BEDS[0], '2026-04-20'), 13);
    assert.equal(daysToCut(BEDS[1], '2026-04-20'), 11);
    assert.equal(daysToCut(BEDS[0], '2026-05-03'), 0);
  });

  it('weighs a cut of every bed', () => {
    assert.equal(cutYieldKg(BEDS), 36.9);
  });
});
