import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { cutSize, layout, piecesFor, stripsNeeded, yardage } from '../src/index.js';

const THROW = { width: 54, height: 66 };

describe('cutting', () => {
  it('adds a quarter-inch seam on each side', () => {
    assert.equal(cutSize(2), 2.5);
    assert.equal(cutSize(4.5), 5);
  });

  it('counts the strips across the fabric', () => {
    assert.equal(stripsNeeded(64, 2, 'quilting-cotton'), 4);
    assert.equal(stripsNeeded(80, 2, 'quilting-cotton'), 5);
    assert.equal(stripsNeeded(80, 2, 'wide-back'), 2);
    assert.throws(() => stripsNeeded(4, 2, 'silk'), /unknown fabric/);
  });

  it('rounds the yardage up to the eighth', () => {
    assert.equal(yardage(64, 2, 'quilting-cotton'), 0.375);
    assert.equal(yardage(99, 3.5, 'flannel'), 1.125);
  });
});

describe('blocks', () => {
  it('lays whole blocks out', () => {
    assert.deepEqual(layout(THROW, 6), { across: 9, down: 11, blocks: 99 });
  });

  it('counts the pieces of each fabric', () => {
    assert.deepEqual(piecesFor('nine-patch', THROW, 6), { pieces: { light: 396, dark: 495 }, finishedIn: 2 });
    assert.deepEqual(piecesFor('four-patch', THROW, 6), { pieces: { light: 198, dark: 198 }, finishedIn: 3 });
    assert.throws(() => piecesFor('log-cabin', THROW, 6), /unknown block/);
  });
});
