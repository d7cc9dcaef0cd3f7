const assert = require('node:assert/strict');
const { encodeRow, decodeRow, encodeBitmap, decodeBitmap } = require('../src/bitmap');

describe('bitmap run lengths', function () {
  it('starts every row with a white run', function () {
    assert.deepEqual(encodeRow([0, 0, 1, 1, 1, 0]), [2, 3, 1]);
    assert.deepEqual(encodeRow([1, 1, 0]), [0, 2, 1]);
    assert.deepEqual(encodeRow([1]), [0, 1]);
    assert.deepEqual(encodeRow([0, 0, 0]), [3]);
    assert.deepEqual(encodeRow([]), [0]);
    assert.throws(() => encodeRow([0, 2]), /not a bit: 2/);
  });

  it('decodes a row to its width', function () {
    assert.deepEqual(decodeRow([2, 3, 1], 6), [0, 0, 1, 1, 1, 0]);
    assert.deepEqual(decodeRow([0, 2, 1], 3), [1, 1, 0]);
    assert.throws(() => decodeRow([2, 3], 6), /add up to 5, not 6/);
  });

  it('round-trips a bitmap', function () {
    const smiley = [
      [0, 1, 0, 0, 1, 0],
      [0, 0, 0, 0, 0, 0],
      [1, 0, 0, 0, 0, 1],
      [0, 1, 1, 1, 1, 0],
    ];
    const encoded = encodeBitmap(smiley);
    assert.deepEqual(encoded, [
      [1, 1, 2, 1, 1],
      [6],
      [0, 1, 4, 1],
      [1, 4, 1],
    ]);
    assert.deepEqual(decodeBitmap(encoded, 6), smiley);
  });
});
