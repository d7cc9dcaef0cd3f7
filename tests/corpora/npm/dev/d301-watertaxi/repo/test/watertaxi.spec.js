import assert from 'node:assert/strict';
import { EOL } from 'node:os';
import { aboard, board, departures, fare, manifest, zones } from '../src/index.js';

describe('watertaxi', () => {
  it('charges children half and takes 5% off a group of five', () => {
    assert.equal(fare('river', 2), 12);
    assert.equal(fare('harbour', 3, { children: 2 }), 8);
    assert.equal(fare('bay', 5), 42.75);
    assert.equal(fare('bay', 8), 64.8);
    assert.throws(() => fare('moon', 1), /no water taxi/);
    assert.deepEqual(zones(), ['harbour', 'river', 'bay']);
  });

  it('counts everyone on a manifest line', () => {
    assert.equal(aboard('adults 4, children 2, dogs 1'), 7);
    assert.equal(aboard('crew only'), 0);
    assert.deepEqual(manifest(['adults 6, children 2', 'adults 3', 'adults 1, children 1'], 8), {
      trips: 3,
      total: 13,
      full: 1,
    });
  });

  it('prints the departures board', () => {
    const times = departures(9, 10, 20);
    assert.deepEqual(times, ['09:00', '09:20', '09:40', '10:00']);
    assert.equal(board('Old Quay', times.slice(0, 2)), ['OLD QUAY', '  09:00', '  09:20'].join(EOL));
  });
});
