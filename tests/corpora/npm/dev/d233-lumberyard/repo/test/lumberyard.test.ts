import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { Kiln, cuttingList, volumeM3 } from '../src/index';
import type { Board } from '../src/index';

const oak: Board = { species: 'oak', lengthM: 2.5, widthMm: 200, thicknessMm: 50 };
const larch: Board = { species: 'larch', lengthM: 4, widthMm: 150, thicknessMm: 25 };

describe('the kiln', () => {
  it('measures a board in cubic metres', () => {
    assert.equal(volumeM3(oak), 0.025);
  });

  it('numbers the loads from one', () => {
    const kiln = new Kiln(1);
    assert.equal(kiln.load(oak), 1);
    assert.equal(kiln.load(larch), 2);
    assert.equal(kiln.limitM3, 0.9);
  });

  it('stops short of a full chamber', () => {
    const kiln = new Kiln(0.05);
    kiln.load(oak);
    assert.throws(() => kiln.load(oak), /kiln full/);
  });
});

describe('the cutting list', () => {
  it('puts one board on each line', () => {
    assert.equal(cuttingList([oak, larch]), 'oak 2.5 m x 200 x 50 mm\nlarch 4 m x 150 x 25 mm');
  });
});
