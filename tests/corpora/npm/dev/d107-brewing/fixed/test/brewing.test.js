const assert = require('node:assert/strict');
const { describe, it } = require('node:test');
const { abv, attenuation, correctGravity, scale, srm, totalIbu } = require('../src');

const PALE_ALE = {
  litres: 20,
  grains: [
    { name: 'Maris Otter', kg: 4.5, lovibond: 3 },
    { name: 'Crystal 60', kg: 0.3, lovibond: 60 },
  ],
  hops: [
    { hop: 'Centennial', grams: 20, minutes: 60 },
    { hop: 'Cascade', grams: 30, minutes: 15 },
    { hop: 'Cascade', grams: 30, minutes: 0 },
  ],
};

describe('gravity', () => {
  it('gives the strength and attenuation', () => {
    assert.equal(abv(1.05, 1.01), 5.3);
    assert.equal(attenuation(1.05, 1.01), 80);
    assert.throws(() => abv(1.01, 1.012), /not below the original/);
  });

  it('is corrected for the sample temperature', () => {
    assert.equal(correctGravity(1.05, 20), 1.05);
    assert.equal(correctGravity(1.05, 40), 1.056);
  });
});

describe('recipe', () => {
  it('gives the bitterness of the hops', () => {
    assert.equal(totalIbu(PALE_ALE.hops, 1.05, 20), 33);
    assert.equal(totalIbu([], 1.05, 20), 0);
  });

  it('gives the colour of the grains', () => {
    assert.equal(srm(PALE_ALE.grains, 20), 8.7);
    assert.equal(srm([{ kg: 5, lovibond: 2 }], 23), 3.6);
  });

  it('scales to another batch', () => {
    const big = scale(PALE_ALE, 50);
    assert.deepEqual(big.grains.map((g) => g.kg), [11.25, 0.75]);
    assert.deepEqual(big.hops.map((h) => h.grams), [50, 75, 75]);
    assert.equal(totalIbu(big.hops, 1.05, 50), 33);
  });
});
