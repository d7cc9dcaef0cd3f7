import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { afterChange, alerts, changesNeeded, cycledOn, freeAmmonia, parseEntry, readLog, smallGroups, stockingLevel } from '../src/index.js';

describe('water', () => {
  it('has more free ammonia when warm and alkaline', () => {
    assert.equal(freeAmmonia(1, 7, 25), 0.006);
    assert.equal(freeAmmonia(1, 8, 25), 0.054);
    assert.equal(freeAmmonia(2, 8.2, 28), 0.2);
  });

  it('is diluted by water changes', () => {
    assert.equal(afterChange(40, 0.25), 30);
    assert.equal(afterChange(40, 0.5, 10), 25);
    assert.equal(changesNeeded(80, 20, 0.5), 2);
    assert.equal(changesNeeded(80, 20, 0.25, 5), 6);
    assert.equal(changesNeeded(10, 20, 0.25), 0);
    assert.throws(() => changesNeeded(80, 5, 0.25, 5), /already holds 5/);
  });
});

describe('log', () => {
  const LOG = readLog(`
    2026-03-01 NH3=2 NO2=0 NO3=0 pH=7.6
    2026-03-05 NH3=1 NO2=2 NO3=5 pH=7.4
    2026-03-09 NH3=0 NO2=0.5 NO3=10 pH=7.4
    2026-03-12 NH3=0 NO2=0 NO3=20 pH=7.2
    2026-03-13 NH3=0 NO2=0 NO3=20 pH=7.2
    2026-03-14 NH3=0 NO2=0 NO3=25 pH=7.2
    2026-03-15 NH3=0 NO2=0 NO3=40 pH=7.0
  `);

  it('reads each session', () => {
    assert.deepEqual(parseEntry('2026-03-01 NH3=0.5 pH=7.4'), { date: '2026-03-01', values: { NH3: 0.5, pH: 7.4 } });
    assert.equal(LOG.length, 7);
  });

  it('raises alerts at the limits', () => {
    assert.deepEqual(LOG.map(alerts), [['NH3'], ['NH3', 'NO2'], ['NO2'], [], [], [], ['NO3']]);
  });

  it('finds when the tank cycled', () => {
    assert.equal(cycledOn(LOG), '2026-03-12');
    assert.equal(cycledOn(LOG, 5), null);
    assert.equal(cycledOn(LOG.slice(0, 5)), null);
  });
});

describe('stocking', () => {
  const FISH = [
    { species: 'neon', count: 10 },
    { species: 'corydoras', count: 4 },
    { species: 'pleco', count: 1 },
  ];

  it('is measured against a centimetre a litre', () => {
    assert.equal(stockingLevel(FISH, 60), 110);
    assert.equal(stockingLevel([], 60), 0);
  });

  it('flags schooling fish kept in small groups', () => {
    assert.deepEqual(smallGroups(FISH), ['corydoras']);
  });
});
