import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { berthing, dues, Tide, voyageOf, type Harbour, type Vessel } from '../src';

const coaster: Vessel = { name: 'Ellen Mary', manifest: 'NSL.ABD.0117', draughtM: 4.2, grossTonnes: 1850 };
const quay: Harbour = { name: 'North Quay', chartDepthM: 3.1, tonnePence: 12 };
const lockPier: Harbour = {
  name: 'Lock Pier',
  chartDepthM: 5.5,
  tonnePence: 10,
  surcharge: (vessel) => (vessel.grossTonnes > 1000 ? 9500 : 4000),
};

describe('tides', () => {
  it('adds the tide to the charted depth', () => {
    assert.equal(Tide.waterAt(3.1, 1.75), 4.9);
  });

  it('keeps water under the keel', () => {
    assert.equal(Tide.canBerth(4.2, 4.8), true);
    assert.equal(Tide.canBerth(4.2, 4.7), false);
  });
});

describe('berths', () => {
  it('reads the voyage from the end of the manifest', () => {
    assert.equal(voyageOf(coaster), '0117');
  });

  it('charges the tonnage and the harbour surcharge where there is one', () => {
    assert.equal(dues(quay, coaster), 22200);
    assert.equal(dues(lockPier, coaster), 28000);
  });

  it('berths a vessel once the tide gives it water under the keel', () => {
    assert.equal(berthing(quay, coaster, 1.2), 'Ellen Mary: wait for the tide (4.3 m of water)');
    assert.equal(berthing(quay, coaster, 1.8), 'Ellen Mary voyage 0117: berth at North Quay, dues £222.00');
    assert.equal(berthing(lockPier, coaster, 0), 'Ellen Mary voyage 0117: berth at Lock Pier, dues £280.00');
  });
});
