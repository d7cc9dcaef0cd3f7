import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { card, label, meanLengthMm } from '../src/labels.js';

const GULLY = {
  name: 'Gully',
  creatures: [
    { name: 'shore crab', count: 3, lengthMm: 42 },
    { name: 'blenny', count: 1, lengthMm: 67 },
    { name: 'limpet', count: 20, lengthMm: 0 },
  ],
};

describe('labels', () => {
  it('labels a creature with its count', () => {
    assert.equal(label({ name: 'blenny', count: 1 }), 'blenny (1)');
  });

  it('averages the measured lengths to a tenth of a millimetre', () => {
    assert.equal(meanLengthMm(GULLY.creatures), 54.5);
    assert.equal(meanLengthMm([{ lengthMm: 10 }, { lengthMm: 11 }, { lengthMm: 11 }]), 10.7);
    assert.equal(meanLengthMm([]), 0);
  });

  it('prints a pool card', () => {
    assert.equal(card(GULLY), 'Gully\nshore crab (3)\nblenny (1)\nlimpet (20)\nmean 54.5 mm');
  });
});
