import assert from 'node:assert/strict';
import { caesar, crackCaesar, decrypt, encrypt, railDecode, railEncode, shiftLetter, words } from '../src/index.js';

describe('alphabet', () => {
  it('shifts letters round, keeping case', () => {
    assert.deepEqual(['a', 'z', 'Y', '!'].map((ch) => shiftLetter(ch, 3)), ['d', 'c', 'B', '!']);
    assert.equal(shiftLetter('c', -29), 'z');
  });

  it('splits words', () => {
    assert.deepEqual(words('Veni, vidi; vici.'), ['Veni', 'vidi', 'vici']);
  });
});

describe('caesar', () => {
  it('encodes and decodes', () => {
    assert.equal(caesar('Attack at dawn!', 3), 'Dwwdfn dw gdzq!');
    assert.equal(caesar(caesar('Hail, Caesar', 11), -11), 'Hail, Caesar');
  });

  it('is cracked by letter frequencies', () => {
    const secret = caesar('the quick brown fox jumps over the lazy dog while the farmer sleeps in the barn', 7);
    assert.equal(crackCaesar(secret), 7);
  });
});

describe('vigenere', () => {
  it('keeps the key on letters', () => {
    assert.equal(encrypt('attack at dawn', 'lemon'), 'lxfopv ef rnhr');
    assert.equal(decrypt('LXFOPV EF RNHR', 'Lemon'), 'ATTACK AT DAWN');
    assert.throws(() => encrypt('hi', '123'), /no letters/);
  });
});

describe('rail fence', () => {
  it('writes in a zigzag', () => {
    assert.equal(railEncode('WEAREDISCOVEREDFLEEATONCE', 3), 'WECRLTEERDSOEEFEAOCAIVDEN');
    assert.equal(railEncode('WEAREDISCOVEREDFLEEATONCE', 4), 'WIREEEDSEEEACAECVDLTNROFO');
    assert.equal(railEncode('abc', 1), 'abc');
  });

  it('reads the zigzag back', () => {
    assert.equal(railDecode('WECRLTEERDSOEEFEAOCAIVDEN', 3), 'WEAREDISCOVEREDFLEEATONCE');
    assert.equal(railDecode(railEncode('attack at dawn', 5), 5), 'attack at dawn');
  });
});
