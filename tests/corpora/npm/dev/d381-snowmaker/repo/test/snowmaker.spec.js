import assert from 'node:assert/strict';
import { canMakeSnow, fleet, nightPlan, runningGuns, snowDepthCm, wetBulbC } from '../src/index.js';

const guns = [
  { id: 'F1', kind: 'fan', on: true },
  { id: 'F2', kind: 'fan', on: false },
  { id: 'L1', kind: 'lance', on: true },
];

describe('weather', () => {
  it('cools the wet bulb below the air in dry air', () => {
    assert.ok(Math.abs(wetBulbC(0, 50) - -3.5) < 0.1);
    assert.ok(Math.abs(wetBulbC(-2, 90) - -2.9) < 0.1);
  });

  it('makes snow only when the wet bulb is cold enough', () => {
    assert.equal(canMakeSnow(0, 50), true);
    assert.equal(canMakeSnow(-2, 90), true);
    assert.equal(canMakeSnow(-6, 95), true);
    assert.equal(canMakeSnow(3, 80), false);
  });
});

describe('guns', () => {
  it('runs only the guns that are switched on', () => {
    assert.deepEqual(
      runningGuns(fleet(guns)).map((gun) => gun.id),
      ['F1', 'L1'],
    );
  });

  it('spreads the snow over the piste', () => {
    assert.equal(snowDepthCm([guns[0]], 5, 3000), 20);
    assert.equal(snowDepthCm([guns[0], guns[2]], 4, 4000), 16);
    assert.throws(() => snowDepthCm([{ id: 'X1', kind: 'tower' }], 1, 1000), /no flow rate for a tower gun/);
  });
});

describe('night plan', () => {
  it('counts the cold hours and the snow they make', () => {
    const forecast = [
      { airC: 1, humidityPct: 40 },
      { airC: -1, humidityPct: 70 },
      { airC: -4, humidityPct: 85 },
      { airC: 3, humidityPct: 80 },
    ];
    assert.deepEqual(nightPlan({ guns, forecast, areaM2: 4000 }), { coldHours: 3, guns: 2, depthCm: 12 });
  });
});
