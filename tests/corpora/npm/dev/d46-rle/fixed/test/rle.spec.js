const assert = require('node:assert/strict');
const { encode, decode, ratio } = require('../src/rle');

describe('text run-length encoding', function () {
  it('encodes every run with its length', function () {
    assert.equal(encode('aaab'), '3a1b');
    assert.equal(encode('abc'), '1a1b1c');
    assert.equal(encode(''), '');
    assert.equal(encode('WWWWWWWWWWWWBWWWWWWWWWWWW'), '12W1B12W');
    assert.equal(encode('  x'), '2 1x');
    assert.throws(() => encode('a1'), /digits/);
  });

  it('decodes runs of any length', function () {
    assert.equal(decode('3a1b'), 'aaab');
    assert.equal(decode('12W1B12W'), 'WWWWWWWWWWWWBWWWWWWWWWWWW');
    assert.equal(decode('10x2y'), 'xxxxxxxxxxyy');
    assert.equal(decode(''), '');
    assert.throws(() => decode('ab'), /'a' has no run length/);
    assert.throws(() => decode('3a2'), /no character/);
  });

  it('round-trips and measures the gain', function () {
    const text = 'zzzzzzzzzzzzzzzzzzzzzzzzzzzzzz-zz';
    assert.equal(decode(encode(text)), text);
    assert.equal(ratio('aaaaaaaaaa'), 0.3);
    assert.equal(ratio('ab'), 2);
    assert.equal(ratio(''), 1);
  });
});
