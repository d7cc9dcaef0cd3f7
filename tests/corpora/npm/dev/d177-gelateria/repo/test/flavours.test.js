import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { FLAVOURS, flavourNamed, hasTag, safeFor } from '../src/flavours.js';

describe('flavours', () => {
  it('reads a tag from the label, whole', () => {
    assert.equal(hasTag(flavourNamed('pistachio'), 'nuts'), true);
    assert.equal(hasTag(flavourNamed('mango sorbet'), 'dairy'), false);
    assert.equal(hasTag(flavourNamed('mango sorbet'), 'non-dairy'), true);
  });

  it('finds what someone avoiding dairy or nuts can have', () => {
    assert.deepEqual(safeFor(['dairy']), ['mango sorbet', 'dark chocolate']);
    assert.deepEqual(safeFor(['nuts']), ['stracciatella', 'mango sorbet', 'dark chocolate']);
    assert.equal(safeFor([]).length, FLAVOURS.length);
  });

  it('says which flavours are not on the counter', () => {
    assert.throws(() => flavourNamed('lavender'), /not on the counter today: lavender/);
  });
});
