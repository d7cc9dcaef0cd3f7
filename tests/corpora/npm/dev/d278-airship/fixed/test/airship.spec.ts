import assert from 'node:assert/strict';
import { FLEET, altitudeLine, ceilingM, usefulLiftKg } from '../src/index.js';

describe('ships', () => {
  it('registers the fleet', () => {
    assert.deepEqual(
      FLEET.map((ship) => ship.name),
      ['Airlander', 'Skylark'],
    );
  });

  it('works out the useful lift', () => {
    assert.equal(usefulLiftKg(FLEET[0]), 30_400);
    assert.equal(usefulLiftKg({ name: 'Puffin', volumeM3: 5_000 }), 4_500);
  });
});

describe('flights', () => {
  it("gives a leg's altitude in feet", () => {
    assert.equal(altitudeLine({ from: 'Cardington', to: 'Howden', altitudeM: 900 }), 'Cardington > Howden at 2953 ft');
  });

  it('finds the ceiling of a leg', () => {
    assert.equal(ceilingM('300 m, 1200 m, 900 m'), 1200);
  });
});
