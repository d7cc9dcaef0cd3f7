import assert from 'node:assert/strict';
import { docket, hatPrice, ribbonCm, sizeFor } from '../src/index.js';

describe('sizes', () => {
  it('fits a head to the smallest size that takes it', () => {
    assert.equal(sizeFor(54), 'S');
    assert.equal(sizeFor(57), 'M');
    assert.equal(sizeFor(58.5), 'L');
  });
  it('has no block for a head too big', () => {
    assert.throws(() => sizeFor(64), RangeError);
  });
  it('cuts the band with a bow over', () => {
    assert.equal(ribbonCm(56.5), 69);
  });
});

describe('workroom', () => {
  it('prices the felt and the trims', () => {
    assert.equal(hatPrice({ felt: 'rabbit', trims: ['feather', 'pin'] }), 46);
    assert.equal(hatPrice({ felt: 'wool', trims: [] }), 16);
  });
  it('writes the docket', () => {
    assert.equal(docket({ headCm: 57, felt: 'beaver', trims: ['band'] }), 'M beaver hat, ribbon 69 cm, 94');
  });
});
