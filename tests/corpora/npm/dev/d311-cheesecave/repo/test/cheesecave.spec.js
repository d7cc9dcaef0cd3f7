import assert from 'node:assert/strict';
import { driest, oldest, readAll, sellable, turningList } from '../src/index.js';

const day = (iso) => new Date(`${iso}T12:00:00Z`);

const NORTH = {
  name: 'north',
  wheels: [
    { id: 'T1', kind: 'tomme', made: day('2026-01-01') },
    { id: 'B1', kind: 'brie', made: day('2026-02-10') },
    { id: 'C1', kind: 'cheddar', made: day('2025-10-01') },
  ],
};

describe('cheesecave', () => {
  it('reads every shelf with the probe and finds the driest', async () => {
    const probe = async (shelf) => ({ north: 91, cellar: 84, arch: 88 })[shelf];
    const readings = await readAll(['north', 'cellar', 'arch'], probe);
    assert.deepEqual(readings, [
      { shelf: 'north', humidity: 91 },
      { shelf: 'cellar', humidity: 84 },
      { shelf: 'arch', humidity: 88 },
    ]);
    assert.equal(driest(readings).shelf, 'cellar');
  });

  it('sells a shelf only when it holds wheels and all of them are ready', () => {
    const today = day('2026-03-04');
    assert.equal(sellable({ wheels: [NORTH.wheels[0]] }, today), true);
    assert.equal(sellable(NORTH, today), false);
    assert.equal(sellable({ wheels: [] }, today), false);
  });

  it('lists the wheels due for turning today', () => {
    assert.deepEqual(turningList(NORTH, day('2026-03-04')), ['T1', 'B1', 'C1']);
    assert.deepEqual(turningList(NORTH, day('2026-03-05')), ['B1']);
  });

  it('finds the oldest wheel in the cave', () => {
    assert.equal(oldest(NORTH.wheels).id, 'C1');
  });
});
