import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { cutVolumeM3, dredgePlan, hopperTrips, parseTide, spoilTonnes, workingHours } from '../src/index';

const tides = [
  { hour: 6, heightM: 0.4 },
  { hour: 8, heightM: 1.8 },
  { hour: 10, heightM: 2.9 },
  { hour: 12, heightM: 2.4 },
  { hour: 14, heightM: 0.9 },
];

describe('tides', () => {
  it('reads the tide table', () => {
    assert.deepEqual(parseTide('08:00 1.8'), { hour: 8, heightM: 1.8 });
    assert.deepEqual(parseTide(' 14:00 -0.2 '), { hour: 14, heightM: -0.2 });
    assert.throws(() => parseTide('high water'), /bad tide line/);
  });

  it('works the hours with the draft and the clearance under the keel', () => {
    assert.deepEqual(workingHours(tides, 2.5, 4.2), [10, 12]);
    assert.deepEqual(workingHours(tides, 3, 3), [8, 10, 12, 14]);
  });
});

describe('spoil', () => {
  it('weighs the spoil by its sediment, silt unless told', () => {
    assert.equal(spoilTonnes(1000), 1300);
    assert.equal(spoilTonnes(1000, 'gravel'), 2100);
  });

  it('fills the hopper as often as the spoil needs', () => {
    assert.equal(hopperTrips(1300, 500), 3);
    assert.equal(hopperTrips(1000, 500), 2);
  });
});

describe('plan', () => {
  it('plans a cut from its size, the hopper and the tides', () => {
    const cut = { lengthM: 200, widthM: 25, deepenM: 0.8 };
    assert.equal(cutVolumeM3(cut), 4000);
    assert.deepEqual(dredgePlan(cut, 1200, tides, 2.5, 4.2), { tonnes: 5200, trips: 5, hours: [10, 12] });
    assert.deepEqual(dredgePlan({ ...cut, sediment: 'sand' }, 1200, tides, 2.5, 4.2).trips, 7);
  });
});
