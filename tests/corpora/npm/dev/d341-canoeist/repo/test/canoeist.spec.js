import assert from 'node:assert/strict';
import { PORTAGES, carryMetres, checkGauge, legHours, longestFirst, tripHours } from '../src/index.js';

const gauge = (metres) => (river, done) => done(null, metres);

describe('legs', () => {
  it('paddles faster with the current than against it', () => {
    assert.equal(legHours({ river: 'Wye', km: 12, paddleKmh: 6, upstream: false }), 1.5);
    assert.equal(legHours({ river: 'Wye', km: 12, paddleKmh: 6, upstream: true }), 3);
    assert.equal(legHours({ river: 'Spey', km: 20, paddleKmh: 6, upstream: false }), 2);
  });

  it('adds up a trip', () => {
    const legs = [
      { river: 'Wye', km: 12, paddleKmh: 6, upstream: false },
      { river: 'Wye', km: 12, paddleKmh: 6, upstream: true },
    ];
    assert.equal(tripHours(legs), 4.5);
  });
});

describe('portages', () => {
  it('lists the longest carry first and leaves the list as it was', () => {
    assert.deepEqual(
      longestFirst().map((p) => p.name),
      ['Glasbury', 'Builth weir', 'Hay bridge'],
    );
    assert.equal(PORTAGES[0].name, 'Builth weir');
  });

  it('adds up the carries', () => {
    assert.equal(carryMetres(['Hay bridge', 'Glasbury']), 340);
  });
});

describe('gauge', () => {
  it('lets a low river be paddled', async () => {
    assert.equal(await checkGauge('Wye', gauge(0.5)), 0.5);
  });

  it('refuses a river in spate', async () => {
    await assert.rejects(checkGauge('Spey', gauge(1.5)), /too high/);
  });
});
