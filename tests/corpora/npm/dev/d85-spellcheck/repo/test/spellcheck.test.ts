import { describe, expect, it } from 'vitest';
import { check, dictionary, distance, suggest, words } from '../src/index';

const CORPUS = "The cat sat on the mat. The hat is red; a cat can nap, and the cat's hat can't fall.";

describe('distance', () => {
  it('counts the edits', () => {
    expect(distance('kitten', 'sitting')).toBe(3);
    expect(distance('mat', 'cat')).toBe(1);
    expect(distance('', 'abc')).toBe(3);
    expect(distance('flaw', 'lawn')).toBe(2);
    expect(distance('hat', 'hat')).toBe(0);
  });
});

describe('words', () => {
  it('are split and counted', () => {
    expect(words("It's 42 o'clock!")).toEqual(["it's", "o'clock"]);
    expect(words('-- 42 --')).toEqual([]);
    const dict = dictionary(CORPUS);
    expect(dict.get('the')).toBe(4);
    expect(dict.get("cat's")).toBe(1);
    expect(dict.size).toBe(15);
  });
});

describe('suggestions', () => {
  const dict = dictionary(CORPUS);

  it('are the nearest known words', () => {
    expect(suggest('cta', dict)).toEqual(['cat', 'a', 'can']);
    expect(suggest('Redd', dict)).toEqual(['red']);
    expect(suggest('nap', dict)).toEqual([]);
    expect(suggest('zzzzz', dict)).toEqual([]);
  });

  it('come with each unknown word', () => {
    expect(check('A cta sat on the redd mat', dict)).toEqual([
      { word: 'cta', index: 1, suggestions: ['cat', 'a', 'can'] },
      { word: 'redd', index: 5, suggestions: ['red'] },
    ]);
    expect(check('', dict)).toEqual([]);
  });
});
