import assert from 'node:assert/strict';
import { checkPlan, drawKw, enduranceHours, energyKwh, type Leg, parsePlan, pressureBar } from '../src/index.js';

const LEGS: Leg[] = [
  { depthM: 100, knots: 4, hours: 2 },
  { depthM: 250, knots: 6, hours: 1 },
];

describe('pressure', () => {
  it('adds a bar for every 10 m to the bar at the surface', () => {
    assert.equal(pressureBar(0), 1);
    assert.equal(pressureBar(250), 26);
    assert.throws(() => pressureBar(-5));
  });
});

describe('battery', () => {
  it('draws the hotel load plus the propulsion', () => {
    assert.equal(drawKw(0), 40);
    assert.equal(drawKw(4), 97.6);
  });

  it('adds up the energy of the legs', () => {
    assert.equal(Math.round(energyKwh(LEGS) * 10) / 10, 429.6);
  });

  it('gives the endurance to one decimal', () => {
    assert.equal(enduranceHours(500, 4), 5.1);
    assert.equal(enduranceHours(500, 6), 2.1);
  });
});

describe('plan', () => {
  it('reads a plan', () => {
    assert.deepEqual(parsePlan(JSON.stringify(LEGS)), LEGS);
    assert.throws(() => parsePlan('dive!'), /not JSON/);
    assert.throws(() => parsePlan('{}'), /not a list/);
  });

  it('checks the depth and the battery', () => {
    assert.deepEqual(checkPlan(LEGS, 500, 300), { ok: true, maxBar: 26, reserveKwh: 70 });
    assert.equal(checkPlan(LEGS, 500, 200).ok, false);
    assert.equal(checkPlan(LEGS, 400, 300).ok, false);
  });
});
