import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { fuelCost, nextDriver, splitCost } from '../src/index.js';

describe('costs', () => {
  it('price the fuel', () => {
    assert.equal(fuelCost(120, 6.5, 1.8), 14.04);
  });

  it('are shared by distance', () => {
    const legs = [
      { name: 'ana', km: 40 },
      { name: 'ben', km: 40 },
      { name: 'cho', km: 25 },
      { name: 'dev', km: 15 },
    ];
    assert.deepEqual(splitCost(12, legs).map((share) => share.pays), [4, 4, 2.5, 1.5]);
  });

  it('give the driver the odd cent', () => {
    const legs = ['ana', 'ben', 'cho'].map((name) => ({ name, km: 30 }));
    assert.deepEqual(splitCost(10, legs), [
      { name: 'ana', pays: 3.34 },
      { name: 'ben', pays: 3.33 },
      { name: 'cho', pays: 3.33 },
    ]);
    assert.throws(() => splitCost(5, [{ name: 'ana', km: 0 }]), /no distance/);
  });
});

describe('rotation', () => {
  const pool = ['ana', 'ben', 'cho'];

  it('picks who has driven least', () => {
    assert.equal(nextDriver(pool, []), 'ana');
    assert.equal(nextDriver(pool, ['ana', 'ben']), 'cho');
    assert.equal(nextDriver(pool, ['ana', 'ben', 'cho', 'cho', 'ben']), 'ana');
  });

  it('then who drove longest ago', () => {
    assert.equal(nextDriver(pool, ['ben', 'ana', 'cho']), 'ben');
    assert.throws(() => nextDriver(pool, ['eve']), /eve is not in the pool/);
  });
});
