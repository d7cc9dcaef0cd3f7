import assert from 'node:assert/strict';
import { DEFAULT_CABIN, Line, loadKg, standardLine, tally, timetable } from '../src/index.js';

describe('lines', () => {
  it('hang as many cabins as the loop has room for', () => {
    assert.equal(new Line('Summit', 5000, 45).cabins, 111);
    assert.equal(standardLine('Glacier', 3600).cabins, 100);
  });

  it('give the interval between cabins', () => {
    assert.deepEqual(timetable([standardLine('Glacier', 3600), new Line('Village', 1200, 60)], 6), [
      'Glacier: a cabin every 6 s',
      'Village: a cabin every 10 s',
    ]);
  });
});

describe('loads', () => {
  it('weigh the cabin with its riders', () => {
    assert.equal(loadKg(DEFAULT_CABIN, 6), 1120);
    assert.throws(() => loadKg({ seats: 4, emptyKg: 400 }, 5), /5 riders in 4 seats/);
  });

  it('are counted day by day', () => {
    assert.deepEqual(tally([8, 5, 7]), { trips: 3, riders: 20 });
    assert.deepEqual(tally([2, 4]), { trips: 2, riders: 6 });
    assert.deepEqual(tally([]), { trips: 0, riders: 0 });
  });
});
