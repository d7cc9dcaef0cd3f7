const assert = require('node:assert/strict');
const { describe, it } = require('node:test');
const { arrowValue, endTotal, parseEnd, rank, scoreSheet, summary } = require('../src');

const ends = (...lines) => lines.map(parseEnd);

const ARCHERS = [
  { name: 'Rhiannon', ends: ends('X 10 9 9 8 7', '10 10 9 8 8 M', 'X X 9 9 9 8') },
  { name: 'Kofi', ends: ends('10 10 10 9 8 7', '10 9 9 9 8 7', 'X 10 9 8 8 7') },
  { name: 'Sunniva', ends: ends('X 9 9 8 8 7', '10 9 9 8 7 7', '9 9 8 8 7 6') },
];

describe('score', () => {
  it('values arrows', () => {
    assert.equal(arrowValue('X'), 10);
    assert.equal(arrowValue('M'), 0);
    assert.equal(arrowValue('7'), 7);
    assert.throws(() => arrowValue('11'), /bad arrow/);
  });

  it('reads an end written highest first', () => {
    assert.deepEqual(parseEnd(' X 10 9 M '), ['X', '10', '9', 'M']);
    assert.throws(() => parseEnd('9 10 8'), /out of order/);
  });

  it('adds an end up, misses as nothing', () => {
    assert.equal(endTotal(['X', '10', '9', '9', '8', '7']), 53);
    assert.equal(endTotal(['10', 'M', 'M']), 10);
  });
});

describe('ranking', () => {
  it('sums up an archer', () => {
    assert.deepEqual(summary(ARCHERS[0]), { name: 'Rhiannon', total: 153, tens: 6, xs: 3, average: 8.5 });
    assert.deepEqual(summary(ARCHERS[2]), { name: 'Sunniva', total: 148, tens: 2, xs: 1, average: 8.22 });
  });

  it('ranks on the total, then tens, then Xs', () => {
    assert.deepEqual(rank(ARCHERS).map((a) => a.name), ['Kofi', 'Rhiannon', 'Sunniva']);
    const twin = { name: 'Twin', ends: ends('10 10 10 9 8 7', '10 9 9 9 8 7', '10 10 9 8 8 7') };
    assert.deepEqual(rank([twin, ARCHERS[1]]).map((a) => a.name), ['Kofi', 'Twin']);
  });

  it('writes the score sheet in columns', () => {
    assert.deepEqual(scoreSheet(ARCHERS[0]), [
      'X 10 9 9 8 7       53   53',
      '10 10 9 8 8 M      45   98',
      'X X 9 9 9 8        55  153',
    ]);
  });
});
