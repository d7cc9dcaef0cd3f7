const assert = require('node:assert/strict');
const { castOn, expandRow, parseGauge, rowsFor, stitchCount, workRow, yarnFor, yarnNeeded } = require('../src');

describe('gauge', () => {
  const gauge = parseGauge('22 sts x 30 rows');

  it('is read from the swatch', () => {
    assert.deepEqual(gauge, { stitches: 22, rows: 30 });
    assert.deepEqual(parseGauge('18.5 sts x 24 rows'), { stitches: 18.5, rows: 24 });
    assert.throws(() => parseGauge('22 stitches'), /not a gauge/);
  });

  it('gives the stitches to cast on, in whole repeats', () => {
    assert.equal(castOn(gauge, 50), 110);
    assert.equal(castOn(gauge, 51), 112);
    assert.equal(castOn(gauge, 51, { repeat: 4 }), 112);
    assert.equal(castOn(gauge, 52, { repeat: 4 }), 116);
    assert.equal(castOn(gauge, 52, { repeat: 6, edges: 2 }), 116);
    assert.equal(rowsFor(gauge, 62), 186);
  });
});

describe('patterns', () => {
  it('are written out stitch by stitch', () => {
    assert.deepEqual(expandRow('k2, p2, yo, k2tog'), ['k', 'k', 'p', 'p', 'yo', 'k2tog']);
    assert.deepEqual(expandRow(' ssk k3 m1 '), ['ssk', 'k', 'k', 'k', 'm1']);
    assert.throws(() => expandRow('k2, sl1'), /unknown stitch: sl1/);
  });

  it('count the stitches a row uses and makes', () => {
    assert.deepEqual(stitchCount(expandRow('k1, yo, k2tog, k3')), { uses: 6, makes: 6 });
    assert.deepEqual(stitchCount([]), { uses: 0, makes: 0 });
  });

  it('work the stitches on the needle', () => {
    assert.equal(workRow(8, 'k2, m1, k4, m1, k2'), 10);
    assert.equal(workRow(10, 'k1, ssk, k4, k2tog, k1'), 8);
    assert.throws(() => workRow(9, 'k2, p2, k2, p2'), /works 8 stitches, the needle holds 9/);
  });
});

describe('yarn', () => {
  it('is counted in metres and balls', () => {
    assert.deepEqual(yarnNeeded({ stitches: 112, rows: 186 }, 2.4, 200), { metres: 500, balls: 3 });
    assert.deepEqual(yarnNeeded({ stitches: 40, rows: 50 }, 2.5, 0), { metres: 50, balls: 0 });
    assert.deepEqual(yarnFor(parseGauge('22 sts x 30 rows'), 51, 62, 2.4, 200), { metres: 500, balls: 3 });
  });
});
