import { describe, expect, it } from 'vitest';
import { normalizeWord, Trie } from '../src/index';

function sample(): Trie {
  const trie = new Trie();
  trie.insert('car', 5);
  trie.insert('cart', 2);
  trie.insert('carbon', 2);
  trie.insert('care', 7);
  trie.insert('cat', 1);
  trie.insert('dog', 3);
  return trie;
}

describe('normalizeWord', () => {
  it('trims, lowers and composes', () => {
    expect(normalizeWord('  Hello ')).toBe('hello');
    expect(normalizeWord('Cafe\u0301')).toBe('caf\u00e9');
  });
});

describe('Trie', () => {
  it('counts words once and adds up their weights', () => {
    const trie = sample();
    expect(trie.size).toBe(6);
    trie.insert('CAR', 3);
    expect(trie.size).toBe(6);
    expect(trie.weightOf('car')).toBe(8);
    expect(trie.has('Car')).toBe(true);
    expect(trie.has('ca')).toBe(false);
    expect(trie.has('cars')).toBe(false);
    expect(trie.weightOf('zebra')).toBe(0);
  });

  it('rejects empty words and weights that are not positive', () => {
    const trie = new Trie();
    expect(() => trie.insert('  ')).toThrow(RangeError);
    expect(() => trie.insert('a', 0)).toThrow(RangeError);
    expect(() => trie.insert('a', Number.NaN)).toThrow(RangeError);
    expect(trie.size).toBe(0);
  });

  it('counts the words under a prefix', () => {
    const trie = sample();
    expect(trie.countPrefix('car')).toBe(4);
    expect(trie.countPrefix('ca')).toBe(5);
    expect(trie.countPrefix('')).toBe(6);
    expect(trie.countPrefix('cx')).toBe(0);
  });

  it('completes a prefix heaviest first, ties alphabetically', () => {
    const trie = sample();
    expect(trie.complete('car')).toEqual([
      { word: 'care', weight: 7 },
      { word: 'car', weight: 5 },
      { word: 'carbon', weight: 2 },
      { word: 'cart', weight: 2 },
    ]);
    expect(trie.complete('CA', 2).map((c) => c.word)).toEqual(['care', 'car']);
    expect(trie.complete('', 3).map((c) => c.word)).toEqual(['care', 'car', 'dog']);
    expect(trie.complete('do')).toEqual([{ word: 'dog', weight: 3 }]);
    expect(trie.complete('cow')).toEqual([]);
    expect(trie.complete('car', 0)).toEqual([]);
  });

  it('keeps other words and frees dead branches on removal', () => {
    const trie = sample();
    const before = trie.nodeCount;
    expect(trie.remove('carbon')).toBe(true);
    expect(trie.nodeCount).toBe(before - 3);
    expect(trie.remove('carbon')).toBe(false);
    expect(trie.remove('ca')).toBe(false);
    expect(trie.remove('car')).toBe(true);
    expect(trie.has('cart')).toBe(true);
    expect(trie.has('care')).toBe(true);
    expect(trie.size).toBe(4);
    expect(trie.complete('car').map((c) => c.word)).toEqual(['care', 'cart']);
    for (const word of ['cart', 'care', 'cat', 'dog']) {
      expect(trie.remove(word)).toBe(true);
    }
    expect(trie.size).toBe(0);
    expect(trie.nodeCount).toBe(0);
  });
});
