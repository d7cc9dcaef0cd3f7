const assert = require('node:assert/strict');
const { batch, mortarMix, Wall, DEFAULT_MIX, Yard } = require('../src');

describe('mortar', () => {
  it('knows the mixes by grade', () => {
    assert.deepEqual(mortarMix('NHL 5'), { grade: 'NHL 5', binder: 'natural hydraulic lime 5', sand: 3 });
    assert.throws(() => mortarMix('NHL 7'), /no mix for NHL 7/);
    assert.equal(DEFAULT_MIX.grade, 'NHL 3.5');
  });

  it('splits a batch into binder and sand', () => {
    assert.deepEqual(batch(mortarMix('NHL 3.5'), 100), { binder: 37.1, sand: 92.9 });
  });
});

describe('wall', () => {
  const wall = new Wall({ lengthM: 6, heightM: 1.2, thicknessM: 0.5 });

  it('weighs the stone and mixes the mortar', () => {
    assert.equal(wall.stoneTonnes(), 6.34);
    assert.deepEqual(wall.mortar(), { binder: 267.4, sand: 668.6 });
  });

  it('gives the diagonal to set the wall out square', () => {
    assert.equal(wall.diagonalM(), 6.119);
    assert.equal(new Wall({ lengthM: 4, heightM: 3, thicknessM: 0.4 }).diagonalM(), 5);
  });
});

describe('yard', () => {
  it('takes stone for a job and reports what is left', () => {
    const yard = new Yard();
    yard.deliver('rubble', 12);
    yard.deliver('coping', 1.5);
    yard.take('rubble', 6.34);
    assert.deepEqual(yard.report(), ['rubble: 5.66 t', 'coping: 1.5 t']);
    assert.throws(() => yard.take('coping', 2), /only 1.5 t of coping/);
    assert.throws(() => yard.deliver('slate', 1), /does not keep slate/);
  });
});
