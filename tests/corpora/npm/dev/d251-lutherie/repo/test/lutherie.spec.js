import assert from 'node:assert/strict';
import { StringSet, envelope, overallGauge, stringLabel } from '../src/index.js';

const classical = new StringSet(17, 'Classical, normal tension', [
  { note: 'E6', coreMm: 0.44, wrapMm: 0.2 },
  { note: 'A5', coreMm: 0.36, wrapMm: 0.2 },
  { note: 'G3', coreMm: 1.02 },
  { note: 'E1', coreMm: 0.71 },
]);

describe('strings', () => {
  it('gives a plain string its core gauge', () => {
    assert.equal(overallGauge({ note: 'B2', coreMm: 0.82 }), 0.82);
  });

  it('adds the wrap on both sides of a wound string', () => {
    assert.equal(overallGauge({ note: 'D4', coreMm: 0.3, wrapMm: 0.2 }), 0.7);
  });

  it('refuses a wound string too thick for the nut', () => {
    assert.throws(() => overallGauge({ note: 'E6', coreMm: 0.8, wrapMm: 0.4 }), RangeError);
  });

  it('cuts each nut slot a tenth of a millimetre wider than its string', () => {
    assert.deepEqual(classical.nutSlots(), [0.94, 0.86, 1.12, 0.81]);
  });
});

describe('labels', () => {
  it('codes the set from its catalogue number', () => {
    assert.equal(classical.code, 'LU-0017');
  });

  it('marks the wound strings on the envelope', () => {
    assert.equal(stringLabel(classical.strings[0]), 'E6 0.44 mm (wound)');
    assert.equal(
      envelope(classical),
      ['LU-0017 Classical, normal tension', 'E6 0.44 mm (wound)', 'A5 0.36 mm (wound)', 'G3 1.02 mm', 'E1 0.71 mm'].join(
        '\n',
      ),
    );
  });
});
