import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { reams, sharedFibres } from '../src/stock.js';

describe('stock', () => {
  it('finds the fibres two pulps share', () => {
    assert.deepEqual(sharedFibres(['cotton', 'linen', 'hemp', 'linen'], ['hemp', 'linen', 'abaca']), ['linen', 'hemp']);
    assert.deepEqual(sharedFibres(['cotton'], ['kozo']), []);
  });

  it('packs sheets in reams', () => {
    assert.deepEqual(reams(1240), { reams: 2, loose: 240 });
  });
});
