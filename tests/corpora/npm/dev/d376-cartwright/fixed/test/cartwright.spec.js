const assert = require('node:assert/strict');
const { parseSpec, rimMm, tyreLengthMm, Shop, shopFor } = require('../src');

describe('spec', () => {
  it('reads the diameter and spokes and keeps the rest as notes', () => {
    assert.deepEqual(parseSpec({ diameterMm: 1200, spokes: 12, paint: 'red', hub: 'elm' }), {
      diameterMm: 1200,
      spokes: 12,
      notes: ['hub', 'paint'],
    });
  });

  it('refuses an odd number of spokes', () => {
    assert.throws(() => parseSpec({ diameterMm: 1200, spokes: 13 }), /even number/);
  });
});

describe('tyre', () => {
  it('measures the rim round the diameter', () => {
    assert.equal(rimMm(1000), 3142);
  });

  it('forges the tyre short of the rim', () => {
    assert.equal(tyreLengthMm(1000), 3130);
  });
});

describe('shop', () => {
  it('makes a cut list for a wheel', () => {
    const shop = new Shop();
    assert.deepEqual(shop.cutList({ diameterMm: 1400, spokes: 14 }), {
      diameterMm: 1400,
      spokes: 14,
      felloes: 7,
      tyreMm: 4386,
      notes: [],
    });
  });

  it('makes cut lists for a pair of wheels', () => {
    const lists = new Shop().cutLists([
      { diameterMm: 1000, spokes: 12 },
      { diameterMm: 1400, spokes: 14 },
    ]);
    assert.deepEqual(
      lists.map((list) => list.felloes),
      [6, 7],
    );
  });

  it('makes a shop with its own number of spokes to a felloe', () => {
    assert.equal(shopFor({ spokesPerFelloe: 3 }).cutList({ diameterMm: 1000, spokes: 12 }).felloes, 4);
    assert.equal(shopFor().cutList({ diameterMm: 1000, spokes: 12 }).felloes, 6);
  });
});
