import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { canCross, crossingsNeeded, fareFor, parseTides, trip, type Passenger } from '../src/index';

const table = '6@0.9 7@1.2 8@1.4 9@1.1';

describe('tides', () => {
  it('reads the tide table', () => {
    assert.deepEqual(parseTides(table)[1], { hour: 7, heightM: 1.2 });
  });
  it('crosses only with water under the keel', () => {
    assert.equal(canCross(parseTides(table), 8, 0.8), true);
    assert.equal(canCross(parseTides(table), 6, 0.8), false);
    assert.equal(canCross(parseTides(table), 9, 0.8), false);
  });
});

describe('fares', () => {
  it('charges each passenger', () => {
    assert.equal(fareFor(['adult', 'child', 'bike']), 7.5);
  });
  it('fills the boat before crossing again', () => {
    assert.equal(crossingsNeeded(13, 6), 3);
  });
  it('plans a trip on the tide', () => {
    const party: Passenger[] = ['adult', 'adult', 'child', 'child', 'child', 'adult', 'bike'];
    assert.deepEqual(trip(party, table, 8), { crossings: 2, takings: 19.5 });
    assert.equal(trip(party, table, 6), null);
  });
});
