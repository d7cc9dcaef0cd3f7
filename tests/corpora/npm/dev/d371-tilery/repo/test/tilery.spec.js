import assert from 'node:assert/strict';
import {
  claysOf,
  courses,
  kilnLoads,
  lastFiring,
  orderSheet,
  parseBatch,
  tilesFor,
  tilesPerCourse,
} from '../src/index.js';

describe('roof', () => {
  it('counts courses by the gauge that shows', () => {
    assert.equal(courses(3000), 30);
    assert.equal(courses(3050), 31);
  });

  it('counts the tiles across a slope', () => {
    assert.equal(tilesPerCourse(3300), 20);
    assert.equal(tilesFor({ rafterMm: 3000, widthMm: 3300 }), 600);
  });
});

describe('batches', () => {
  it('reads a batch code', () => {
    assert.deepEqual(parseBatch('RD-104'), { clay: 'RD', firing: 104, kiln: 1 });
    assert.deepEqual(parseBatch('BL-007-B'), { clay: 'BL', firing: 7, kiln: 2 });
    assert.throws(() => parseBatch('red-104'));
  });

  it('lists each clay once', () => {
    assert.deepEqual(claysOf(['RD-104', 'BL-007-B', 'RD-105']), ['BL', 'RD']);
  });

  it('finds the last firing, none for a job without batches', () => {
    assert.equal(lastFiring(['RD-104', 'BL-007-B', 'RD-105']), 105);
    assert.equal(lastFiring([]), 0);
  });
});

describe('kiln', () => {
  it('splits the tiles into kiln loads', () => {
    assert.deepEqual(kilnLoads(3000), [1200, 1200, 600]);
    assert.deepEqual(kilnLoads(0), []);
  });
});

describe('order sheet', () => {
  it('sums the slopes and plans the firing', () => {
    const job = {
      name: 'Old Forge',
      slopes: [
        { rafterMm: 3000, widthMm: 3300 },
        { rafterMm: 3000, widthMm: 3300 },
      ],
      batches: ['RD-104', 'RD-105'],
    };
    assert.deepEqual(orderSheet(job), {
      job: 'Old Forge',
      tiles: 1200,
      loads: 1,
      clays: ['RD'],
      lastFiring: 105,
    });
  });
});
